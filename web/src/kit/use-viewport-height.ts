import { useEffect, useState } from 'react';

/** Space left below a fixed offset, so long lists scroll inside their panel instead of the whole page. */
export function useAvailableHeight(offset: number, min = 280): number {
  const [height, setHeight] = useState(() => Math.max(min, window.innerHeight - offset));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(min, window.innerHeight - offset));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [offset, min]);
  return height;
}
