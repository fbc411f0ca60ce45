import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HomeQuery, HomeSummary } from '@lmis/contracts';
import { type HomeDeps, homeSummary } from './home.service.ts';

export const homeRoutes: FastifyPluginAsyncTypebox<HomeDeps> = async (app, deps) => {
  app.get(
    '/api/home',
    {
      schema: {
        tags: ['home'],
        summary: 'Trang tổng quan: số liệu chính của đơn vị và việc đang chờ người dùng',
        description:
          'Lực lượng lao động, có việc, thất nghiệp và tỷ lệ thất nghiệp, tỷ lệ đã qua đào tạo (có bằng/chứng chỉ), ' +
          'tỷ lệ hộ nghèo và cận nghèo với thay đổi so với kỳ rà soát năm trước (điểm %); việc chờ: tệp đã tải lên ' +
          'chưa chạy hoặc bị gián đoạn, người cần xác nhận đơn vị, yêu cầu chuyển đi chờ quyết định. Phần nào ' +
          'người dùng không có quyền thì là null.',
        querystring: HomeQuery,
        response: { 200: HomeSummary },
      },
    },
    (request) => homeSummary({ ctx: request.ctx, ...request.query }, deps),
  );
};
