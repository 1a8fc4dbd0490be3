import { isProblem } from './problem';

export interface ProblemMessage {
  status: 401 | 403 | 404 | 500 | 'offline';
  title: string;
  explanation: string;
  /** The sign-in page is the way out. */
  signInAgain: boolean;
}

/** What a person reads when the API refuses or fails: plain Vietnamese, what happened and what to do. */
export function problemMessage(error: unknown): ProblemMessage {
  if (isProblem(error, 401))
    return {
      status: 401,
      title: 'Phiên đăng nhập đã kết thúc',
      explanation: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Hãy đăng nhập lại để tiếp tục.',
      signInAgain: true,
    };
  if (isProblem(error, 403))
    return {
      status: 403,
      title: 'Bạn không có quyền xem nội dung này',
      explanation:
        (error.problem.detail ? `${error.problem.detail} ` : '') +
        'Nội dung này nằm ngoài vai trò hoặc phạm vi đơn vị được giao cho bạn. Nếu cần, hãy đề nghị người quản trị cấp quyền.',
      signInAgain: false,
    };
  if (isProblem(error, 404))
    return { status: 404, title: 'Không tìm thấy', explanation: 'Nội dung bạn tìm không có hoặc đã bị xóa.', signInAgain: false };
  if (isProblem(error))
    return {
      status: 500,
      title: 'Hệ thống đang gặp sự cố',
      explanation: 'Máy chủ chưa trả lời được yêu cầu này. Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo người quản trị.',
      signInAgain: false,
    };
  return {
    status: 'offline',
    title: 'Không kết nối được tới máy chủ',
    explanation: 'Hãy kiểm tra kết nối mạng rồi tải lại trang.',
    signInAgain: false,
  };
}
