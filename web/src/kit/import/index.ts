// The import page every tabular import shares: the page, its description of a kind, and its pure rules.
export { ImportWizard } from './ImportWizard.tsx';
export type { ImportKind, UploadChoice } from './kind.ts';
export { importedUnit } from './state.ts';
