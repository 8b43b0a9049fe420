import { ErrorCode } from '../error-codes';
import { fieldLabel } from './field-labels';
import { message, text } from './message';

/** Refusals of the HTTP routes themselves (server/api), before any use-case runs. */
export const apiMessages = {
  methodNotAllowed: message({
    code: ErrorCode.INVALID_VALUE,
    example: { methods: 'GET, HEAD' },
    vi: () => 'Địa chỉ này không nhận loại yêu cầu vừa gửi.',
    en: (p) => `Use ${p.methods} here.`,
  }),
};

/**
 * Vietnamese for GraphQL's own refusals of a malformed request (Apollo's BAD_USER_INPUT and
 * GRAPHQL_VALIDATION_FAILED keep their English message and code; these fill `messageVi`).
 */
export const requestErrorTexts = {
  fieldMissing: text({
    example: { field: 'nomineeName' },
    vi: (p) => `Chưa nhập "${fieldLabel(p.field).vi}"; đây là thông tin bắt buộc.`,
    en: (p) => `The ${fieldLabel(p.field).en} is required.`,
  }),
  fieldUnknown: text({
    example: {},
    vi: () => 'Yêu cầu có thông tin không thuộc biểu mẫu; hãy cập nhật phần mềm cổng thông tin.',
    en: () => 'The request has a field the form does not define.',
  }),
  valueInvalid: text({
    example: { field: 'nomineeKind' },
    vi: (p) => `Giá trị của mục "${fieldLabel(p.field).vi}" không hợp lệ.`,
    en: (p) => `The value of ${fieldLabel(p.field).en} is not valid.`,
  }),
  requestInvalid: text({
    example: {},
    vi: () => 'Dữ liệu gửi lên không hợp lệ.',
    en: () => 'The request is not valid.',
  }),
};
