import os from 'node:os';
import path from 'node:path';

/** The app's data folder: PRECIS_HOME when set (tests always set it), else the OS's per-user app data folder. */
export function precisHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRECIS_HOME) return path.resolve(env.PRECIS_HOME);
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Precis');
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Precis');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Precis');
}
