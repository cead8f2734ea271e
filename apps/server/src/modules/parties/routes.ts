import { partyDetail, partyParams, partyQuery } from '@sanxiang/contracts';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { getParty } from './get-party.ts';

export const partyRoutes = async (app: AppInstance) => {
  app.get(
    '/parties/:id',
    { schema: { tags: ['当事人'], summary: '当事人信息（证件号默认脱敏）', params: partyParams, querystring: partyQuery, response: { 200: partyDetail } }, config: { action: 'party.read' } },
    async (req) => {
      const reveal = req.query.reveal === 'true';
      return withAudit(app, req, { action: reveal ? 'party.reveal' : 'party.read', objectType: 'party', objectId: req.params.id }, (tx) =>
        getParty(tx, app.deps.cipher, req.actor!, req.params.id, reveal, app.deps.clock()),
      );
    },
  );
};
