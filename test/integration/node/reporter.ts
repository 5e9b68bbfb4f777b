// Entry of the Node host's reporter: mocha loads a reporter given by path with require() and
// uses the module's export itself as the constructor.
import { CsNoteReporter } from '../support/reporter';

export = CsNoteReporter;
