import { useCallback, useRef, useState } from 'react';

/**
 * The text of the window's polite live region and the function that sets it. Messages close
 * together are joined so the second does not cut off the first; re-setting the same text would not
 * be announced again, so a trailing space makes it new.
 */
export function useAnnouncer(): [announcement: string, announce: (text: string) => void] {
  const [announcement, setAnnouncement] = useState('');
  const lastAnnounced = useRef(0);
  const announce = useCallback((text: string) => {
    const now = Date.now();
    const recent = now - lastAnnounced.current < 1500;
    lastAnnounced.current = now;
    setAnnouncement((prev) => (recent && prev && !prev.includes(text) ? `${prev.trim()} ${text}` : prev === text ? `${text} ` : text));
  }, []);
  return [announcement, announce];
}
