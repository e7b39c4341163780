// dexie-export-import is written for browsers: it reads `self` when it loads and reads Blobs
// with FileReader. Node 20 has Blob but neither of those, so the data-layer tests give it
// the two, built on Node's own Blob; Chromium (the app, the e2e tests) has both. Import this
// before anything that imports dexie-export-import.

type Reader = {
  result: ArrayBuffer | null;
  error: unknown;
  onload: ((event: { target: Reader }) => void) | null;
  onerror: ((event: { target: Reader }) => void) | null;
  onabort: ((event: { target: Reader }) => void) | null;
};

const scope = globalThis as { self?: unknown; FileReader?: unknown };
scope.self ??= globalThis;

if (scope.FileReader === undefined) {
  /** The one FileReader method dexie-export-import calls, on Node's Blob. */
  class NodeFileReader implements Reader {
    result: ArrayBuffer | null = null;
    error: unknown = null;
    onload: Reader['onload'] = null;
    onerror: Reader['onerror'] = null;
    onabort: Reader['onabort'] = null;

    readAsArrayBuffer(blob: Blob): void {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: this });
        },
        (error: unknown) => {
          this.error = error;
          this.onerror?.({ target: this });
        },
      );
    }
  }
  scope.FileReader = NodeFileReader;
}

export {};
