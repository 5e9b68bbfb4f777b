// The progress view's script (runs in the webview, bundled with Chart.js to dist/webview/progress.js).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ProgressModel } from '../aggregate';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const SECTION_TITLES: Record<string, string> = { hpi: 'HPI', ros: 'ROS', pe: 'Physical exam', differential: 'Differential', workup: 'Workup' };

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function palette(): { fg: string; grid: string; series: string[] } {
  return {
    fg: cssVar('--vscode-foreground', '#cccccc'),
    grid: cssVar('--vscode-panel-border', 'rgba(128,128,128,0.35)'),
    series: [
      cssVar('--vscode-charts-blue', '#3794ff'),
      cssVar('--vscode-charts-orange', '#d18616'),
      cssVar('--vscode-charts-green', '#89d185'),
      cssVar('--vscode-charts-purple', '#b180d7'),
      cssVar('--vscode-charts-red', '#f14c4c'),
      cssVar('--vscode-charts-yellow', '#cca700'),
    ],
  };
}

function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const charts = new Map<string, Chart>();

function draw(id: string, config: ChartConfiguration): void {
  charts.get(id)?.destroy();
  const canvas = document.getElementById(id) as HTMLCanvasElement | null;
  if (canvas) charts.set(id, new Chart(canvas, config));
}

function render(model: ProgressModel): void {
  const summary = document.getElementById('summary');
  const empty = document.getElementById('empty');
  const chartsBox = document.getElementById('charts');
  if (!summary || !empty || !chartsBox) return;
  document.body.dataset['entries'] = String(model.totalEntries);
  if (model.totalEntries === 0) {
    summary.textContent = '0 notes checked.';
    empty.hidden = false;
    chartsBox.hidden = true;
    return;
  }
  empty.hidden = true;
  chartsBox.hidden = false;
  summary.textContent =
    `${model.totalCases} case${model.totalCases === 1 ? '' : 's'} from ${model.totalEntries} log entr${model.totalEntries === 1 ? 'y' : 'ies'}; plan started ${model.planStart ?? '—'}` +
    (model.casesBeforePlan > 0 ? ` (${model.casesBeforePlan} earlier case${model.casesBeforePlan === 1 ? '' : 's'} not charted)` : '') +
    '.';
  const { fg, grid, series } = palette();
  Chart.defaults.color = fg;
  Chart.defaults.borderColor = grid;
  Chart.defaults.font.family = cssVar('--vscode-font-family', 'sans-serif');
  const labels = model.weeks.map((week) => week.label);
  const color = (i: number): string => series[i % series.length] as string;

  draw('cases', {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'bar', label: 'Cases', data: model.weeks.map((week) => week.cases), backgroundColor: color(0) },
        { type: 'line', label: 'Plan', data: model.weeks.map((week) => week.target), borderColor: color(1), backgroundColor: color(1), borderDash: [6, 4], spanGaps: false },
      ],
    },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });

  draw('sections', {
    type: 'line',
    data: {
      labels,
      datasets: Object.keys(SECTION_TITLES).map((section, i) => ({
        label: SECTION_TITLES[section] as string,
        data: model.weeks.map((week) => {
          const rate = week.passRate[section as keyof typeof week.passRate];
          return rate === null ? null : Math.round(rate * 100);
        }),
        borderColor: color(i),
        backgroundColor: color(i),
        spanGaps: true,
      })),
    },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } } } },
  });

  draw('flags', {
    type: 'bar',
    data: {
      labels: model.topRedFlags.map((flag) => flag.label),
      datasets: [{ label: 'Times missed', data: model.topRedFlags.map((flag) => flag.count), backgroundColor: color(4) }],
    },
    options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });

  const median = document.getElementById('median');
  if (median) median.textContent = `${formatSeconds(model.medianTimeSeconds)} (m:ss)`;
  draw('time', {
    type: 'line',
    data: {
      labels,
      datasets: [{ label: 'Median time used (minutes)', data: model.weeks.map((week) => (week.medianTimeSeconds === null ? null : Math.round((week.medianTimeSeconds / 60) * 10) / 10)), borderColor: color(2), backgroundColor: color(2), spanGaps: true }],
    },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
  });
}

window.addEventListener('message', (event: MessageEvent<{ type?: string; model?: ProgressModel }>) => {
  if (event.data?.type === 'data' && event.data.model) render(event.data.model);
});
acquireVsCodeApi().postMessage({ type: 'ready' });
