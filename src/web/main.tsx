import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { SessionProvider } from './account/session.tsx';
import { registerServiceWorker } from './offline/registerServiceWorker.ts';
import { reloadOnChunkError } from './offline/reloadOnChunkError.ts';
import './ui/base.css';
import './ui/components.css';
import './ui/forms.css';
import './ui/notes.css';
import './ui/board.css';
import './ui/facilitator.css';
import './ui/account.css';
import './ui/print.css';

// Before anything loads on demand: a page of an old build reloads into the new one.
reloadOnChunkError();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);

registerServiceWorker();
