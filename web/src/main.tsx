import { App as AntApp } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { DubanTheme } from './app/DubanTheme.tsx';
import { loopTabInDialogs } from './app/dialog-tab-loop.ts';

dayjs.locale('zh-cn');
loopTabInDialogs(window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DubanTheme>
        <AntApp>
          <App />
        </AntApp>
      </DubanTheme>
    </StrictMode>,
  );
}
