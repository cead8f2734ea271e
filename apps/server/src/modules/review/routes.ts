import {
  assignReviewBody,
  caseReviewResponse,
  catalogueQuery,
  catalogueResponse,
  coordinateBody,
  escalateBody,
  extendReviewBody,
  opinionBody,
  putCatalogueBody,
  reviewCaseParams,
  reviewDetail,
  reviewerOptionsResponse,
  reviewIdParams,
  reviewQueueQuery,
  reviewQueueResponse,
  reviewStatisticsResponse,
  staffingResponse,
  statisticsQuery,
  submitReviewBody,
} from '@sanxiang/contracts';
import type { Actor } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { z } from 'zod';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { assignReview } from './assign-review.ts';
import { coordinateReview, escalateReview, extendReview } from './escalate-review.ts';
import { opinionPdf } from './opinion-pdf.ts';
import { getCatalogue } from './review-catalogue.ts';
import { caseReviewPanel, getReview, listReviews } from './review-queries.ts';
import { reviewStaffing } from './review-staffing.ts';
import { reviewStatistics } from './review-statistics.ts';
import { reviewerOptions } from './reviewer-options.ts';
import { saveCatalogue } from './save-catalogue.ts';
import { submitReview } from './submit-review.ts';
import { writeOpinion } from './write-opinion.ts';

const tags = ['法制审核'];

export const reviewRoutes = async (app: AppInstance) => {
  const { deps } = app;
  // Calendars are read before each transaction: PGlite has one connection.
  const calendar = () => deps.calendar.current();

  app.get(
    '/cases/:id/legal-review',
    { schema: { tags, summary: '案件的法制审核：是否须经审核及理由、审核轮次与意见、能否送审', params: reviewCaseParams, response: { 200: caseReviewResponse } }, config: { action: 'review.read' } },
    async (req) => {
      const cal = await calendar();
      return withAudit(app, req, { action: 'review.case-read', objectType: 'case', objectId: req.params.id }, (tx) => caseReviewPanel(tx, req.actor!, req.params.id, cal, deps.clock()));
    },
  );

  app.post(
    '/cases/:id/legal-review',
    { schema: { tags, summary: '送审 / 答复后重新送审（案件主办人；冻结送审材料，机器预审）', params: reviewCaseParams, body: submitReviewBody, response: { 200: caseReviewResponse } }, config: { action: 'review.submit' } },
    async (req) => {
      const cal = await calendar();
      return withAudit(app, req, { action: 'review.submit', objectType: 'case', objectId: req.params.id }, async (tx, note) => {
        const { reviewId, roundNo } = await submitReview(tx, req.actor!, req.params.id, req.body, deps.clock(), cal);
        note({ detail: { reviewId, roundNo } });
        return caseReviewPanel(tx, req.actor!, req.params.id, cal, deps.clock());
      });
    },
  );

  app.get(
    '/reviews',
    { schema: { tags, summary: '法制审核队列（期限、逾期标记）', querystring: reviewQueueQuery, response: { 200: reviewQueueResponse } }, config: { action: 'review.read' } },
    async (req) => {
      const cal = await calendar();
      const { page, pageSize, mine, overdue, ...filter } = req.query;
      return withAudit(app, req, { action: 'review.list', objectType: 'review', detail: req.query }, (tx) =>
        listReviews(tx, req.actor!, { ...filter, mine: mine === 'true', overdue: overdue === 'true' }, page, pageSize, cal, deps.clock()),
      );
    },
  );

  app.get(
    '/reviews/statistics',
    { schema: { tags, summary: '法制审核统计：覆盖率、通过率、平均用时、轮次', querystring: statisticsQuery, response: { 200: reviewStatisticsResponse } }, config: { action: 'review.supervise' } },
    async (req) => withAudit(app, req, { action: 'review.statistics', objectType: 'review', detail: req.query }, (tx) => reviewStatistics(tx, req.actor!, req.query, deps.clock())),
  );

  app.get(
    '/reviews/staffing',
    { schema: { tags, summary: '法制审核力量配备（示范创建指标86–90）', querystring: z.object({ agencyId: z.uuid().optional() }), response: { 200: staffingResponse } }, config: { action: 'review.supervise' } },
    async (req) => withAudit(app, req, { action: 'review.staffing', objectType: 'review', detail: req.query }, (tx) => reviewStaffing(tx, req.actor!, req.query.agencyId)),
  );

  app.get(
    '/reviews/:id',
    { schema: { tags, summary: '法制审核详情：各轮冻结的送审材料、机器预审、意见与答复', params: reviewIdParams, response: { 200: reviewDetail } }, config: { action: 'review.read' } },
    async (req) => {
      const cal = await calendar();
      return withAudit(app, req, { action: 'review.read', objectType: 'review', objectId: req.params.id }, (tx) => getReview(tx, req.actor!, req.params.id, cal, deps.clock()));
    },
  );

  app.get(
    '/reviews/:id/reviewer-options',
    { schema: { tags, summary: '可指派的本机关法制审核人员', params: reviewIdParams, response: { 200: reviewerOptionsResponse } }, config: { action: 'review.assign' } },
    async (req) => withAudit(app, req, { action: 'review.reviewer-options', objectType: 'review', objectId: req.params.id }, (tx) => reviewerOptions(tx, req.actor!, req.params.id)),
  );

  const act = <B>(path: string, summary: string, action: 'review.assign' | 'review.opine' | 'review.escalate', body: z.ZodType<B>, run: (tx: Db, actor: Actor, id: string, body: B) => Promise<unknown>) =>
    app.post(
      `/reviews/:id/${path}`,
      { schema: { tags, summary, params: reviewIdParams, body, response: { 200: reviewDetail } }, config: { action } },
      async (req) => {
        const cal = await calendar();
        return withAudit(app, req, { action, objectType: 'review', objectId: (req.params as { id: string }).id }, async (tx) => {
          await run(tx, req.actor!, (req.params as { id: string }).id, req.body as B);
          return getReview(tx, req.actor!, (req.params as { id: string }).id, cal, deps.clock());
        });
      },
    );

  act('assign', '指派审核人员（不得为本案承办人；初次审核须有法律职业资格）', 'review.assign', assignReviewBody, (tx, actor, id, b) => assignReview(tx, actor, id, b, deps.clock()));
  act('opinion', '出具法制审核意见（十项逐项意见；同意或存在问题）', 'review.opine', opinionBody, (tx, actor, id, b) => writeOpinion(tx, actor, id, b, deps.clock()));
  act('escalate', '审核意见分歧提请机关负责人协调', 'review.escalate', escalateBody, (tx, actor, id, b) => escalateReview(tx, actor, id, b, deps.clock()));
  app.post(
    '/reviews/:id/coordinate',
    { schema: { tags, summary: '机关负责人协调结果', params: reviewIdParams, body: coordinateBody, response: { 200: reviewDetail } }, config: { action: 'review.coordinate' } },
    async (req) => {
      const cal = await calendar();
      return withAudit(app, req, { action: 'review.coordinate', objectType: 'review', objectId: req.params.id }, async (tx) => {
        await coordinateReview(tx, req.actor!, req.params.id, req.body, deps.clock(), cal);
        return getReview(tx, req.actor!, req.params.id, cal, deps.clock());
      });
    },
  );
  app.post(
    '/reviews/:id/extend',
    { schema: { tags, summary: '延长审核期限（每轮一次）', params: reviewIdParams, body: extendReviewBody, response: { 200: reviewDetail } }, config: { action: 'review.extend' } },
    async (req) => {
      const cal = await calendar();
      return withAudit(app, req, { action: 'review.extend', objectType: 'review', objectId: req.params.id }, async (tx) => {
        await extendReview(tx, req.actor!, req.params.id, req.body, deps.clock(), cal);
        return getReview(tx, req.actor!, req.params.id, cal, deps.clock());
      });
    },
  );

  app.get(
    '/reviews/:id/opinion.pdf',
    { schema: { tags, summary: '法制审核意见书（PDF；默认最近一轮，round 指定轮次）', params: reviewIdParams, querystring: z.object({ round: z.coerce.number().int().min(1).max(100).optional() }) }, config: { action: 'review.read' } },
    async (req, reply) => {
      const { pdf, fileName } = await withAudit(app, req, { action: 'review.opinion-pdf', objectType: 'review', objectId: req.params.id }, (tx) => opinionPdf(tx, req.actor!, req.params.id, req.query.round));
      return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`).send(pdf);
    },
  );

  app.get(
    '/review-catalogue',
    { schema: { tags, summary: '法制审核目录清单（本机关或全国默认）', querystring: catalogueQuery, response: { 200: catalogueResponse } }, config: { action: 'review.catalogue.read' } },
    async (req) => withAudit(app, req, { action: 'review.catalogue-read', objectType: 'review-catalogue', objectId: req.query.agencyId ?? 'national' }, (tx) => getCatalogue(tx, req.actor!, req.query.agencyId)),
  );

  app.put(
    '/review-catalogue',
    { schema: { tags, summary: '设置法制审核目录清单（系统管理员）', body: putCatalogueBody, response: { 200: catalogueResponse } }, config: { action: 'review.catalogue.manage' } },
    async (req) =>
      withAudit(app, req, { action: 'review.catalogue-save', objectType: 'review-catalogue', objectId: req.body.agencyId ?? 'national' }, async (tx, note) => {
        const { before } = await saveCatalogue(tx, req.actor!, req.body.agencyId, req.body.catalogue, deps.clock());
        note({ detail: { before, after: req.body.catalogue } });
        return getCatalogue(tx, req.actor!, req.body.agencyId ?? undefined);
      }),
  );
};
