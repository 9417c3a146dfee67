// First: configures zod before any schema module is evaluated.
import './zodJitless';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createConnectionStatus } from './ipc/connectionStatus';
import { connect } from './ipc/precisApi';
import './styles.css';
const connection = createConnectionStatus();
const transport = connect(
  (c) => connection.set(c),
  (e) => connection.refuse(e),
);

function Root() {
  const connected = useSyncExternalStore(connection.subscribe, connection.get);
  const refusal = useSyncExternalStore(connection.subscribe, connection.refusal);
  if (transport.kind === 'none' || refusal) {
    return (
      <main className="empty">
        <h1>Precis</h1>
        <p role={refusal ? 'alert' : undefined}>{transport.kind === 'none' ? transport.reason : refusal?.message}</p>
      </main>
    );
  }
  return <App api={transport.api} connected={connected} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
