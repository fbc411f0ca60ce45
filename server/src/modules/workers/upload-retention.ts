// The retention sweep covers every import's uploads (platform/imports); loading the worker import registers its folder.
import './worker-import.ts';

export { startUploadRetention, sweepImportUploads } from '../../platform/imports/index.ts';
