import { z } from 'zod';
import { requestObject } from './requestFields';

/** How the renderer reaches the main process: the desktop app, or the browser preview. */
export const APP_MODES = ['desktop', 'preview'] as const;

/** The calls about the app itself. */
export const appContract = {
  /**
   * Name, version, platform, and where exports go without a dialog (the preview's export
   * folder; null in the desktop app, which asks).
   */
  'app.info': {
    request: requestObject('read the app information', {}),
    reply: z.strictObject({
      name: z.string().min(1).max(100),
      version: z.string().min(1).max(100),
      platform: z.string().min(1).max(40),
      mode: z.enum(APP_MODES),
      exportFolder: z.string().min(1).max(4096).nullable(),
    }),
  },
} as const;
