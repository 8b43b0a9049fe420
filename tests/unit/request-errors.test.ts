import { requestErrorText } from '../../server/api/request-errors';

describe('requestErrorText: Vietnamese for GraphQL input errors, naming the field by its label', () => {
  it.each([
    ['Variable "$input" got invalid value { kind: "A" }; Field "nomineeName" of required type "String!" was not provided.', 'Chưa nhập "Họ và tên người được đề nghị"; đây là thông tin bắt buộc.'],
    ['Field "SubmitNominationInput.awardCode" of required type "String!" was not provided.', 'Chưa nhập "Hình thức khen thưởng"; đây là thông tin bắt buộc.'],
    ['Variable "$input" got invalid value "Z" at "input.nomineeKind"; Value "Z" does not exist in "NomineeKind" enum.', 'Giá trị của mục "Loại đối tượng" không hợp lệ.'],
    ['Variable "$input" got invalid value "a" at "input.facts.memberCount"; Int cannot represent non-integer value: "a"', 'Giá trị của mục "Số thành viên" không hợp lệ.'],
    ['Variable "$input" got invalid value { extra: 1 }; Field "extra" is not defined by type "SubmitNominationInput".', 'Yêu cầu có thông tin không thuộc biểu mẫu; hãy cập nhật phần mềm cổng thông tin.'],
    ['String cannot represent a non string value: 1', 'Dữ liệu gửi lên không hợp lệ.'],
  ])('%s', (message, vi) => {
    expect(requestErrorText(message).vi).toBe(vi);
  });
});
