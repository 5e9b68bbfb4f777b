// Notes shared by several integration suites.

/** A chest-pain note whose ROS documents none of the red flags but fever. */
export const CHEST_PAIN_NO_NEGATIVES = `---
csnote: 1
complaint: chest-pain
---

## History

HPI: 56 yo M c/o chest pain x 2 hours. Substernal, pressure-like, 7/10, started while climbing stairs.
ROS: Denies fever.
PMH: Hypertension.
Meds: Lisinopril.
Allergies: NKDA.
SH: Smokes 1 ppd.
FH: Father had MI at 60.

## Physical Examination

VS: BP 150/90, HR 106, RR 20, T 98.6 F, SpO2 97% on RA
General: In mild distress.
Heart: Tachycardic, regular rhythm, no murmurs.
Lungs: Clear to auscultation bilaterally.

## Data Interpretation

### 1. Acute coronary syndrome
- History: exertional substernal pressure, smoker, hypertension
- PE: tachycardia

## Diagnostic Studies

- ECG
- Troponin
`;
