// The period's computed lights, fetched once per page and indexed by task and unit.
import { useMemo } from 'react';
import { getLights, indexLights, type Light } from './supervision.ts';
import { useRequest } from './use-request.ts';

export function useLights(period: string | null): Map<string, Light> {
  const lights = useRequest(period ? () => getLights(period) : null, [period]);
  return useMemo(() => indexLights(lights.data), [lights.data]);
}
