/** `npm run serve:demo [-- --port N]`: serves the demo pages on 127.0.0.1 until stopped. */
import { startDemoServer } from './demo-server.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4517;
const server = await startDemoServer(port);
console.log(`Demo pages at ${server.url} (Ctrl+C to stop)`);
