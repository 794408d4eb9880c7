// Runs inside a worker thread standing in for an Electron utility process: gives the bundled
// backend host the `process.parentPort` Electron would, then loads it.
import { parentPort, workerData } from 'node:worker_threads';

function wrapPort(port) {
  return {
    postMessage: (message) => port.postMessage(message),
    on(event, listener) {
      if (event === 'message') port.on('message', (data) => listener({ data, ports: [] }));
      if (event === 'close') port.on('close', listener);
      return this;
    },
    start: () => port.start(),
    close: () => port.close(),
  };
}

process.parentPort = {
  on(event, listener) {
    if (event === 'message') parentPort.on('message', (message) => listener({ data: message.data, ports: (message.ports ?? []).map(wrapPort) }));
    return this;
  },
  postMessage: (message) => parentPort.postMessage(message),
};

await import(workerData.entry);
