import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Refusals of a request for its size or its rate (server/api/query-limits.ts, rate-limit.ts), before it runs. */
export const limitMessages = {
  tooDeep: message({
    code: ErrorCode.QUERY_TOO_DEEP,
    example: { found: 12, limit: 10 },
    vi: (p) =>
      `Yêu cầu truy vấn lồng ${p.found} cấp, vượt mức tối đa ${p.limit} cấp; hãy tách thành nhiều yêu cầu nhỏ hơn.`,
    en: (p) => `The query nests ${p.found} levels deep; at most ${p.limit} are allowed. Split it into smaller queries.`,
  }),
  tooManyAliases: message({
    code: ErrorCode.TOO_MANY_ALIASES,
    example: { found: 1000, limit: 30 },
    vi: (p) => `Yêu cầu đặt ${p.found} tên gọi khác cho các trường dữ liệu, vượt mức tối đa ${p.limit}.`,
    en: (p) => `The query uses ${p.found} aliases; at most ${p.limit} are allowed.`,
  }),
  tooManyDirectives: message({
    code: ErrorCode.TOO_MANY_DIRECTIVES,
    example: { found: 50, limit: 20 },
    vi: (p) => `Yêu cầu có ${p.found} chỉ thị điều kiện, vượt mức tối đa ${p.limit}.`,
    en: (p) => `The query uses ${p.found} directives; at most ${p.limit} are allowed.`,
  }),
  tooComplex: message({
    code: ErrorCode.QUERY_TOO_COMPLEX,
    example: { found: 1_010_000, limit: 50_000 },
    vi: (p) =>
      `Yêu cầu đòi quá nhiều dữ liệu cùng lúc (ước tính ${p.found} điểm, tối đa ${p.limit}); hãy giảm số bản ghi mỗi trang hoặc bớt dữ liệu lồng nhau.`,
    en: (p) =>
      `The query would cost about ${p.found} (at most ${p.limit}); ask for fewer items per page or fewer nested fields.`,
  }),
  tooLarge: message({
    code: ErrorCode.QUERY_TOO_LARGE,
    example: { limit: 8000 },
    vi: (p) => `Yêu cầu truy vấn quá dài (quá ${p.limit} thành phần); hãy tách thành nhiều yêu cầu nhỏ hơn.`,
    en: (p) => `The query document has more than ${p.limit} tokens; split it into smaller queries.`,
  }),
  introspectionOff: message({
    code: ErrorCode.INTROSPECTION_DISABLED,
    example: {},
    vi: () =>
      'Máy chủ không cung cấp mô tả cấu trúc dữ liệu cho yêu cầu này (tắt khi vận hành chính thức và khi chưa đăng nhập).',
    en: () => 'Schema introspection is not available: it is off in production and for requests without a sign-in.',
  }),
  rateLimited: message({
    code: ErrorCode.RATE_LIMITED,
    example: { seconds: 12 },
    vi: (p) => `Bạn gửi quá nhiều yêu cầu trong thời gian ngắn; vui lòng thử lại sau ${p.seconds} giây.`,
    en: (p) => `Too many requests; try again in ${p.seconds} seconds.`,
  }),
  tooManySubscriptions: message({
    code: ErrorCode.TOO_MANY_SUBSCRIPTIONS,
    example: { limit: 5 },
    vi: (p) => `Kết nối này đã theo dõi ${p.limit} kênh thông báo, là mức tối đa; hãy đóng bớt một kênh.`,
    en: (p) => `This connection already has ${p.limit} subscriptions, the most allowed; end one first.`,
  }),
  socketSubscriptionsOnly: message({
    code: ErrorCode.SOCKET_SUBSCRIPTIONS_ONLY,
    example: {},
    vi: () =>
      'Kết nối thời gian thực chỉ dùng để theo dõi thông báo; hãy gửi truy vấn và thao tác qua yêu cầu thông thường.',
    en: () => 'The socket carries subscriptions only; send queries and mutations over HTTP.',
  }),
};
