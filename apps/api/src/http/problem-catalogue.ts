/** What one kind of problem means, for the page its `type` URI names (`/problems/<slug>`). */
export interface ProblemKind {
  slug: string;
  status: number;
  title: { vi: string; en: string };
  description: { vi: string; en: string };
}

const kind = (slug: string, status: number, vi: string, en: string, viText: string, enText: string): ProblemKind => ({
  slug,
  status,
  title: { vi, en },
  description: { vi: viText, en: enText },
});

/** Every `type` the API answers with; a spec checks that the code uses no other. */
export const PROBLEM_KINDS: ReadonlyArray<ProblemKind> = [
  kind(
    'validation-failed',
    400,
    'Dữ liệu không hợp lệ',
    'Validation failed',
    'Yêu cầu có trường hoặc tham số sai; `errors` nêu từng trường và lý do. Không có gì được ghi.',
    'A field or parameter is wrong; `errors` names each and why. Nothing was written.',
  ),
  kind(
    'malformed-request',
    400,
    'Yêu cầu sai định dạng',
    'Malformed request',
    'Nội dung không đọc được (JSON hỏng). Không có gì được ghi.',
    'The body cannot be read (broken JSON). Nothing was written.',
  ),
  kind(
    'bad-request',
    400,
    'Yêu cầu không hợp lệ',
    'Bad request',
    'Yêu cầu không hợp lệ. Không có gì được ghi.',
    'The request is not valid. Nothing was written.',
  ),
  kind(
    'unauthorized',
    401,
    'Chưa xác thực',
    'Unauthorized',
    'Thiếu mã xác thực hoặc mã không hợp lệ, hết hạn, hay sai khóa ký.',
    'The bearer token is missing, invalid, expired or signed with another key.',
  ),
  kind(
    'forbidden',
    403,
    'Không có quyền',
    'Forbidden',
    'Vai trò của người gọi không được làm việc này.',
    "The caller's roles do not allow this.",
  ),
  kind(
    'outside-jurisdiction',
    403,
    'Ngoài phạm vi quản lý',
    'Outside jurisdiction',
    'Nội dung có tồn tại nhưng nằm ngoài phạm vi đơn vị mà người gọi được xem.',
    'The object exists but lies outside the units the caller may read.',
  ),
  kind('not-found', 404, 'Không tìm thấy', 'Not found', 'Không có đối tượng (hoặc đường dẫn) như vậy.', 'No such object or route.'),
  kind(
    'method-not-allowed',
    405,
    'Phương thức không được hỗ trợ',
    'Method not allowed',
    'Đường dẫn này không nhận phương thức HTTP đã dùng.',
    'This route does not take that HTTP method.',
  ),
  kind(
    'concurrency-conflict',
    409,
    'Cập nhật đồng thời',
    'Concurrent modification',
    'Đối tượng đang được người khác cập nhật cùng lúc; không có gì được ghi. Gửi lại sau `Retry-After` giây.',
    'Someone else changed the object at the same time; nothing was written. Send again after `Retry-After` seconds.',
  ),
  kind(
    'idempotency-key-in-use',
    409,
    'Yêu cầu đang được xử lý',
    'Request in progress',
    'Một yêu cầu khác với cùng Idempotency-Key đang chạy; gửi lại sau `Retry-After` giây để nhận kết quả của nó.',
    'Another request with the same Idempotency-Key is running; send again after `Retry-After` seconds to get its answer.',
  ),
  kind(
    'duplicate-event',
    409,
    'Sự kiện trùng',
    'Duplicate event',
    'Mã sự kiện đã được ghi trước đó với nội dung khác.',
    'The event id was stored before with other content.',
  ),
  kind('task-exists', 409, 'Nhiệm vụ đã tồn tại', 'Task exists', 'Đã có nhiệm vụ mang mã này.', 'A task with this id exists.'),
  kind(
    'conflict',
    409,
    'Xung đột',
    'Conflict',
    'Yêu cầu xung đột với trạng thái hiện tại.',
    'The request conflicts with the current state.',
  ),
  kind(
    'payload-too-large',
    413,
    'Nội dung quá lớn',
    'Payload too large',
    'Nội dung vượt giới hạn cho phép (EVENT_MAX_BYTES).',
    'The body is over the limit (EVENT_MAX_BYTES).',
  ),
  kind(
    'unsupported-media-type',
    415,
    'Kiểu nội dung không hỗ trợ',
    'Unsupported media type',
    'Content-Type của yêu cầu không được nhận ở đây.',
    'The Content-Type is not accepted here.',
  ),
  kind(
    'domain-rule-violated',
    422,
    'Vi phạm quy tắc nghiệp vụ',
    'Domain rule violated',
    'Lệnh trái một quy tắc nghiệp vụ; mã quy tắc ở `rule`. Không có gì được ghi.',
    'The command breaks a rule of the domain, coded in `rule`. Nothing was written.',
  ),
  kind(
    'idempotency-key-reused',
    422,
    'Idempotency-Key dùng lại',
    'Idempotency key reused',
    'Khóa này đã được dùng cho một yêu cầu có nội dung khác.',
    'The key was used for a request with another body.',
  ),
  kind(
    'org-import-rejected',
    422,
    'Tệp tổ chức bị từ chối',
    'Organisation import rejected',
    'Tệp có dòng sai; báo cáo nêu dòng, cột và lý do. Không có gì được ghi.',
    'The file has bad rows; the report names line, column and reason. Nothing was written.',
  ),
  kind(
    'unprocessable-entity',
    422,
    'Không xử lý được',
    'Unprocessable entity',
    'Yêu cầu đúng định dạng nhưng không xử lý được.',
    'The request is well formed but cannot be processed.',
  ),
  kind(
    'too-many-requests',
    429,
    'Quá nhiều yêu cầu',
    'Too many requests',
    'Vượt giới hạn số yêu cầu mỗi phút; gửi lại sau `Retry-After` giây.',
    'Over the per-minute request limit; send again after `Retry-After` seconds.',
  ),
  kind(
    'internal-error',
    500,
    'Lỗi nội bộ',
    'Internal server error',
    'Lỗi của dịch vụ, đã được ghi nhật ký. Một lệnh được ghi trọn vẹn hoặc không ghi gì: gửi lại với cùng Idempotency-Key để biết chắc.',
    'A fault of the service, logged. A command is recorded whole or not at all: send it again with the same Idempotency-Key to be sure.',
  ),
  kind(
    'service-unavailable',
    503,
    'Tạm thời không phục vụ',
    'Service unavailable',
    'Cơ sở dữ liệu không kết nối được, đang khởi động lại hoặc hết kết nối rảnh; gửi lại sau `Retry-After` giây với cùng Idempotency-Key.',
    'The database is unreachable, restarting or out of free connections; send again after `Retry-After` seconds with the same Idempotency-Key.',
  ),
  kind(
    'ledger-no-checkpoint',
    503,
    'Sổ cái chưa có checkpoint',
    'No checkpoint yet',
    'Sổ cái chưa ký checkpoint nào vì vừa khởi động hoặc vừa có sự kiện đầu tiên: hỏi lại sau `Retry-After` giây.',
    'The ledger has signed no checkpoint yet: it just started or just got its first event; ask again after `Retry-After` seconds.',
  ),
];

export function problemKind(slug: string): ProblemKind | undefined {
  return PROBLEM_KINDS.find((candidate) => candidate.slug === slug);
}
