import { contextBridge } from 'electron';

// The one object the renderer sees of the main process. It grows with the typed contract in
// shared/ (DESIGN §2); the renderer never gets ipcRenderer itself.
const invoicer = Object.freeze({});

contextBridge.exposeInMainWorld('invoicer', invoicer);
