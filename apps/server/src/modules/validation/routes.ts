import { creditCodeParams, creditCodeResponse, residentIdParams, residentIdResponse } from '@sanxiang/contracts';
import { chinaDateOf, invalid, validateCreditCode, validateResidentId } from '@sanxiang/domain';
import type { AppInstance } from '../../app.ts';

const tags = ['校验'];

export const validationRoutes = async (app: AppInstance) => {
  app.get(
    '/validate/uscc/:code',
    { schema: { tags, summary: '校验统一社会信用代码（GB 32100）', params: creditCodeParams, response: { 200: creditCodeResponse } } },
    async (req) => {
      const code = req.params.code.trim();
      if (code.length !== 18) throw invalid('USCC_LENGTH', `统一社会信用代码应为18位，收到${code.length}位`);
      return validateCreditCode(code);
    },
  );

  app.get(
    '/validate/resident-id/:id',
    { schema: { tags, summary: '校验居民身份证号（GB 11643）', params: residentIdParams, response: { 200: residentIdResponse } } },
    async (req) => {
      const id = req.params.id.trim();
      if (id.length !== 18) throw invalid('RESIDENT_ID_LENGTH', `居民身份证号应为18位，收到${id.length}位`);
      const r = validateResidentId(id, chinaDateOf(app.deps.clock()));
      return r.valid ? { valid: true, birthDate: r.birthDate } : { valid: false, reason: r.reason };
    },
  );
};
