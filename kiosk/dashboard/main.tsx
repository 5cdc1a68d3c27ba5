// Entry of the managers' dashboard: mounts the app. Only dashboard/index.html loads it, so Chart.js never reaches a terminal.
import { render } from 'preact';
import { App } from './app';
import './dashboard.css';
import './print.css';

const root = document.getElementById('app');
if (!root) throw new Error('dashboard/index.html must contain <div id="app">');
render(<App />, root);
