// The Vietnamese words of /docs: each operation's summary and description and each parameter's
// hint, in place of the OpenAPI document's English ones (the document itself stays English, the
// integrators' common language). Keyed "METHOD /path" as in /openapi.json; a test checks that every
// operation of the document has its entry here.
export interface OperationText {
  summary: string;
  description?: string;
}

export const OPERATIONS_VI: Record<string, OperationText> = {
  "POST /api/ask": {
    summary: "Đặt một câu hỏi về các báo cáo",
    description: "Trả về con số chính xác kèm trích dẫn nguyên văn; khi báo cáo không nêu, trả về answered=false kèm các câu hỏi gợi ý.",
  },
  "GET /api/reports": {
    summary: "Các báo cáo mà trợ lý dùng để trả lời, báo cáo mới nhất trước",
    description: "Mỗi báo cáo kèm các năm mà báo cáo đề cập; báo cáo mới nhất đứng đầu (theo năm gần nhất, rồi theo ngày ký).",
  },
  "GET /api/sections": { summary: "Các mục của báo cáo, theo thứ tự trong báo cáo, kèm mã các số liệu" },
  "GET /api/facts": {
    summary: "Các số liệu kèm con số, phạm vi, thời gian và trích dẫn nguyên văn",
    description:
      "Lọc theo `report` (mã báo cáo lấy từ /api/reports), `year` (số liệu của báo cáo đề cập năm đó), `section` (mã mục lấy từ /api/sections) và/hoặc `q` (từ khóa; kết quả khớp nhất đứng đầu). " +
      "Mã báo cáo hoặc năm không có báo cáo nào: trả về 200 với danh sách rỗng. Năm sai dạng (không phải 4 chữ số) hoặc mã mục không có: lỗi 400.",
  },
  "GET /api/facts/{id}": { summary: "Một số liệu theo mã" },
  "POST /chat/ask": {
    summary: "Hỏi từ trang hỏi đáp hoặc khung chat nhúng (không cần khóa API)",
    description: "Chỉ dành cho trang hỏi đáp và khung chat nhúng của trang này; hệ thống tích hợp dùng /api/ask. Câu trả lời giống /api/ask.",
  },
  "GET /chat/topics": { summary: "Các chủ đề gợi ý: những mục của báo cáo có số liệu" },
  "POST /chat/feedback": {
    summary: "Góp ý một câu trả lời có số liệu: 👍 đúng hoặc 👎 sai",
    description: "Lưu kèm mã các số liệu của câu trả lời, không lưu gì về người góp ý. Góp ý lần sau cho cùng câu trả lời thay cho lần trước.",
  },
  "POST /chat/handoff": {
    summary: "Gửi câu hỏi trợ lý chưa trả lời được cho cán bộ (khi đặt HANDOFF_TELEGRAM_CHAT_ID)",
    description:
      "Chỉ nhận câu hỏi mà /chat/ask đã từ chối kèm lời mời `handoff`. Mã ngẫu nhiên của trang (`Authorization: Bearer`) là chủ của câu hỏi; tối đa 3 câu hỏi chờ trả lời cho mỗi mã.",
  },
  "GET /chat/handoff/{code}": {
    summary: "Trạng thái một câu hỏi đã gửi cán bộ: đang chờ, hoặc câu trả lời của cán bộ",
    description: "Trang hỏi lại khoảng 15 giây một lần, kèm mã của trang. Mã không có, đã hết hạn hoặc của trang khác đều nhận cùng một lỗi 404.",
  },
};

/** Parameter hints by parameter name. */
export const PARAMETERS_VI: Record<string, string> = {
  lang: "Ngôn ngữ của tiêu đề, nhãn và con số (mặc định: vi).",
  section: "Mã một mục, lấy từ GET /api/sections.",
  report: "Mã một báo cáo, lấy từ GET /api/reports.",
  year: "Năm (4 chữ số, ví dụ 2024): số liệu của báo cáo đề cập năm đó.",
  q: "Từ khóa cần tìm, có dấu hoặc không dấu.",
  id: "Mã một số liệu, ví dụ tthc-cong-bo.",
  code: "Mã hỏi đáp nhận được khi gửi câu hỏi cho cán bộ, ví dụ K7Q2.",
};
