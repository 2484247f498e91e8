import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'vazirmatn/Vazirmatn-Variable-font-face.css';
import './styles/global.css';
import { App } from './app/App';
import { applyLangToDocument, storedLang } from './i18n/I18nContext';

// set <html lang dir> before the first paint so an English visitor sees no RTL flash
applyLangToDocument(storedLang());

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>
);
