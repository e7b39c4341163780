/** The settings keys the file service owns. */
export type FileSettings = {
  /** The folder of the last export, where the next save dialog opens. */
  'files.lastExportFolder': string;
};
