import './styles.css';
import { App } from './app.js';

const app = new App();

// A read-only look at the canvas (nodes with positions, edges), for the browser tests and the console.
window.apatorsenExplorer = Object.freeze({ snapshot: () => app.graph.snapshot() });

app.route();
