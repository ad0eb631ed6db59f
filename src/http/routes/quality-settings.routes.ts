// The plan's quality settings (stock phrases, thresholds): 督查办 and the admin read and change them.
import {
  getQualitySettings,
  updateQualitySettings,
  type QualitySettingsView,
} from '../../services/quality/quality-settings.usecases.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { YearParamsSchema } from '../../contracts/plan.schema.ts';
import {
  QualitySettingsBodySchema,
  QualitySettingsSchema,
  type QualitySettings,
} from '../../contracts/quality-rules.schema.ts';

const present = (view: QualitySettingsView): QualitySettings => ({
  year: view.plan.year,
  isDefault: view.isDefault,
  quality: {
    ...view.quality,
    stockPhrases: [...view.quality.stockPhrases],
    completionWords: [...view.quality.completionWords],
    reasonWords: [...view.quality.reasonWords],
    basisWords: [...view.quality.basisWords],
  },
});

export const qualitySettingsRoutes = routePlugin(['quality'], (route, { store, clock }) => {
  route.get(
    '/api/plans/:year/quality-rules',
    {
      summary: "The plan's quality settings: stock phrases and the flags' thresholds (督查办, admin)",
      params: YearParamsSchema,
      response: { 200: QualitySettingsSchema },
    },
    async (request) =>
      present(await getQualitySettings({ actor: actorOf(request), year: request.params.year, store })),
  );

  route.put(
    '/api/plans/:year/quality-rules',
    {
      summary: "Replace the plan's quality settings (督查办, admin); audited with the previous value",
      params: YearParamsSchema,
      body: QualitySettingsBodySchema,
      response: { 200: QualitySettingsSchema },
    },
    async (request) =>
      present(
        await updateQualitySettings({
          actor: actorOf(request),
          year: request.params.year,
          quality: request.body,
          store,
          clock,
        }),
      ),
  );
});
