import { DomainError, httpStatusOf, isDomainError } from '@sanxiang/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

const where: Record<string, string> = { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' };

/**
 * Every failure leaves as `{code, message}`: a stable code for machines, Chinese for people. Bad input is
 * a 4xx with a precise message; only a fault of ours is a 500, and it never shows internals.
 */
export const registerErrorHandling = (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    if (isDomainError(error)) {
      return reply.status(httpStatusOf[error.category]).send({ code: error.code, message: error.message, details: error.details });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: `${v.instancePath}`.replace(/^\//, '').replace(/\//g, '.'),
        message: v.message ?? '无效',
      }));
      const context = where[(error as FastifyError).validationContext ?? ''] ?? '输入';
      const first = issues[0];
      const message = first ? `${context}${first.path ? `字段“${first.path}”` : ''}无效：${first.message}` : `${context}无效`;
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message, details: issues });
    }
    const fe = error as FastifyError;
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型，请使用 application/json' });
    }
    if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe instanceof SyntaxError) {
      return reply.status(400).send({ code: 'BODY_MALFORMED', message: '请求体不是有效的 JSON' });
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send({ code: 'BODY_TOO_LARGE', message: '请求体过大' });
    if (fe.statusCode === 429) return reply.status(429).send({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({ code: fe.code ?? 'BAD_REQUEST', message: '请求无效' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，已记录，请联系管理员' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: `没有这个接口：${request.method} ${request.url.split('?')[0]}` });
  });
};
