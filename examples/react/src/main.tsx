import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Defines every Klar element and brings their JSX types (attributes, slots, `onklar-…` events).
import 'klar-elements/react';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
