// Phrases that mean the same thing for this domain, mapped to one canonical phrase (first entry).
// Applied to the indexed text and to questions alike. English phrases map to the Vietnamese
// canonical wording too, so an English question meets the report's own vocabulary.
/** "Sở, ban, ngành" as English writes it with an "and": one name ("sectors" there counts no fields), no two things asked. */
export const DEPARTMENTS_WITH_AND = ["departments and sectors", "departments, boards and sectors"];

export const SYNONYM_GROUPS: string[][] = [
  ["bãi bỏ", "hủy bỏ", "xóa bỏ", "loại bỏ", "abolish", "abolished", "abolition", "repeal", "repealed", "scrap", "scrapped", "annul", "annulled", "eliminate", "eliminated", "removed", "cancelled", "canceled", "bỏ đi", "bị bỏ"],
  ["công bố", "publish", "published", "announce", "announced", "publicized", "publicised"],
  ["tuyển dụng", "trúng tuyển", "tuyển được", "recruit", "recruited", "recruitment", "hire", "hired", "hiring", "passed the civil service exam", "passed the recruitment exam", "passed the exam", "passed the entrance exam", "entrance exam", "civil service exam", "recruitment exam", "successful candidates", "candidates passed", "exam candidates passed", "candidates who passed", "candidates had passed", "thi đỗ", "đỗ công chức", "thi đậu", "đậu công chức", "người đậu", "người đỗ", "lấy đỗ", "lấy đậu"],
  ["thực hiện", "carry out", "carried out", "implement", "implemented", "executed", "làm được"],
  ["xây dựng", "build", "built", "develop", "developed", "create", "created"],
  ["kết nối", "connect", "connected", "connection", "linked", "nối mạng",
    // ("MetroNet phủ tới bao nhiêu % cơ quan": reaches, of a network.)
    "phủ tới", "phủ đến"],
  ["năm trước", "năm ngoái", "last year", "previous year", "the year before", "prior year"],
  ["người", "people", "persons", "person"],
  ["số hóa", "digitise", "digitised", "digitize", "digitized", "digitisation", "digitization", "digitalise", "digitalize"],
  ["dữ liệu", "data", "database"],
  ["tuyên truyền", "communicate", "communicated", "communication", "publicity", "propaganda", "outreach", "raise awareness", "phổ biến", "spread the word", "communication channels"],
  ["tuyển chọn", "select", "selected", "selection", "pick", "picks", "picked", "choose", "chooses", "chosen"],
  ["cạnh tranh", "competitive", "competitively"],
  ["phó giám đốc", "deputy directors", "deputy director", "vice directors", "vice director"],
  ["giám đốc", "directors", "director"],
  ["chức năng", "functions", "function"],
  ["sửa đổi", "amend", "amended", "amendment", "amendments", "modify", "modified"],
  ["bổ sung", "supplement", "supplemented", "supplementary"],
  // (Who asked for the drafts: "requested by central agencies" names one of the two the 332 are of.)
  ["trung ương", "central government", "central"],
  ["địa phương", "local"],
  ["sở tư pháp", "department of justice", "justice department", "provincial department of justice", "justice"],
  ["lãnh đạo", "leader", "leaders", "leadership"],
  ["quản lý", "manager", "managers", "management", "manage", "managed"],
  ["đánh giá", "assess", "assessed", "assessment", "evaluate", "evaluated", "evaluation", "nhận định"],
  ["chỉ đạo", "steer", "steering", "direct", "direction", "directed", "guidance"],
  ["điều hành", "operating", "operations"],
  ["đầu năm", "start of the year", "beginning of the year", "start of 2024", "beginning of 2024", "early 2024"],
  ["đánh giá chung", "overall", "in general", "conclude", "concludes", "concluded", "tổng quan", "nhìn chung", "overview", "nhìn tổng thể", "tổng thể", "tổng quát", "khái quát", "nhận định chung"],
  ["thư điện tử", "email", "e mail", "emails", "hộp thư", "mail", "e-mail"],
  ["thủ tục hành chính", "administrative procedures", "administrative procedure", "procedures", "procedure", "thủ tục"],
  // (What the report says of the drafts commented on: "bảo đảm thời gian và chất lượng".)
  ["bảo đảm thời gian", "đảm bảo thời gian", "met the deadline", "meet the deadline", "met deadlines", "within the deadline", "on time", "in time", "timely"],
  ["dự thảo văn bản quy phạm pháp luật", "legal normative drafts", "normative drafts", "draft legal normative documents", "draft legal documents"],
  ["văn bản quy phạm pháp luật", "văn bản pháp luật", "văn bản luật", "legal documents", "legal document", "legal docs", "legal doc", "law documents", "law document", "legal normative documents", "normative documents", "regulations", "legal texts"],
  ["biên chế công chức", "civil servant quota", "civil service quota", "staffing quota", "staff quota", "civil servant positions", "civil service positions", "civil servant posts", "civil service posts", "headcount"],
  // ("Quy mô biên chế …": the size of the staff quota is the quota.)
  // ("Quân số công chức": the head count of civil servants, in plain speech.)
  ["biên chế", "quota", "quotas", "staffing", "staffing levels", "quy mô biên chế", "quân số", "payroll"],
  // ("khối công chức", the civil-service bloc, is its civil servants.)
  ["công chức", "civil servants", "civil servant", "public servants", "public servant", "officials", "khối công chức"],
  // Paid from the state budget: the public sector's people (lexicon/measures.ts PUBLIC_SECTOR), not
  // the budget's revenue or spending.
  ["hưởng lương nhà nước", "hưởng lương từ ngân sách nhà nước", "hưởng lương từ ngân sách", "hưởng lương ngân sách nhà nước", "hưởng lương ngân sách", "ăn lương ngân sách", "ăn lương từ ngân sách",
    "paid from the state budget", "paid by the state budget", "paid out of the state budget", "paid from the budget", "on the state budget payroll"],
  ["ngân sách nhà nước", "state budget", "public budget", "government budget"],
  ["ngân sách", "budget"],
  ["dự toán", "estimate", "estimates", "budget estimate", "plan target"],
  ["cùng kỳ", "same period", "same period last year", "year on year", "year over year"],
  ["một cửa", "one stop", "one-stop", "single window"],
  ["một cửa liên thông", "inter agency one stop", "interlinked one stop"],
  // ("dv" typed for "đơn vị" or "dịch vụ": the word after it says which.)
  // ("khối sự nghiệp", the public-service bloc, is its units.)
  ["đơn vị sự nghiệp", "dv sự nghiệp", "đv sự nghiệp", "khối sự nghiệp"],
  ["dịch vụ công", "dv công"],
  ["đơn vị sự nghiệp công lập", "dv công lập", "đv công lập", "dv sự nghiệp công lập", "public service units", "public service unit", "public non business units", "public service delivery units"],
  ["nhiệm vụ", "tasks", "task", "assignments", "duties", "duty"],
  ["kế hoạch", "plan", "plans"],
  ["dự thảo", "drafts", "draft"],
  ["quyết định", "decisions", "decision"],
  // Rules that set an agency's functions ("ban hành quy định chức năng, nhiệm vụ …").
  ["quy định", "regulated", "regulate", "prescribed", "newly defined"],
  ["nghị quyết", "resolutions", "resolution"],
  ["hội thi", "cuộc thi", "contest", "competition", "quiz"],
  // ("Hội thi trực tuyến tìm hiểu công tác CCHC": a knowledge contest.)
  ["tìm hiểu", "knowledge", "learning about"],
  ["trực tuyến", "online"],
  ["tham gia", "take part", "took part", "taken part", "taking part", "participate", "participated", "participating"],
  ["người dự thi", "thí sinh", "contestants", "participants", "entrants"],
  ["bảo mật", "cybersecurity", "cyber security", "information security", "security"],
  ["mã độc", "malware", "viruses", "virus"],
  ["phòng chống", "protection against", "protect against", "prevention"],
  ["người lao động", "workers"],
  ["chi phí tuân thủ", "compliance cost", "compliance costs"],
  ["tiết kiệm chi phí", "cost saving", "cost savings"],
  ["11 months", "eleven months"],
  ["tiết kiệm", "save", "saved", "saving", "savings"],
  ["quy trình nội bộ", "internal procedures", "internal processes", "internal workflows"],
  ["quy trình điện tử", "electronic procedures", "electronic processes", "electronic workflows", "digital workflows"],
  ["đơn giản hóa", "simplify", "simplified", "simplification"],
  ["chính quyền số", "digital government"],
  ["chính quyền điện tử", "e-government", "e government", "electronic government"],
  ["nền tảng số", "digital platforms", "digital platform"],
  ["cải cách hành chính", "administrative reform", "public administration reform"],
  ["thu ngân sách", "budget revenue", "state revenue", "revenue collection", "revenue", "revenues", "amount collected"],
  ["chi ngân sách", "budget spending", "budget expenditure", "spending", "expenditure", "expenditures"],
  ["vị trí việc làm", "job positions", "job position", "job placement scheme", "job descriptions"],
  ["đề án", "scheme", "schemes", "project"],
  ["lĩnh vực", "fields", "field", "areas", "sectors"],
  ["cơ quan", "agencies", "agency", "bodies"],
  ["đơn vị", "units", "unit"],
  ["sở ban ngành", "departments", "provincial departments", "sở ngành", ...DEPARTMENTS_WITH_AND],
  ["chi cục", "sub departments", "sub-departments", "branches"],
  ["kiểm tra", "inspect", "inspected", "inspection", "inspections", "check", "checked"],
  ["thẩm định", "appraise", "appraised", "appraisal", "vetted", "review", "reviewed"],
  ["góp ý", "cho ý kiến", "comment", "commented", "comments", "feedback"],
  ["đoàn kiểm tra", "inspection teams", "inspection team", "inspection delegations"],
  ["kết luận", "conclusions", "conclusion", "findings"],
  ["giảm", "decrease", "decreased", "reduce", "reduced", "reduction", "fell", "fall", "falls", "fallen", "drop", "dropped", "decline", "declined", "shrink", "shrank", "shrunk", "bớt đi", "bớt", "cắt bớt"],
  // ("How does that stack up against the same period last year?": a comparison, as "compare with".)
  ["compare with", "stack up against", "stacks up against", "stacked up against", "measure up against", "measures up against"],
  ["tỷ lệ", "rate", "percentage", "percent", "ratio", "proportion", "tỉ lệ", "share", "what share", "what proportion"],
  // (Negated, what is still to do: "incomplete" is not "complete" spelled loosely.)
  ["chưa hoàn thành", "incomplete", "uncompleted", "not completed", "not yet completed", "not complete", "not finished", "not yet finished", "unfinished"],
  ["hoàn thành", "complete", "completed", "completion", "finished", "accomplished"],
  ["máy chủ", "servers", "server"],
  ["người làm việc", "employees", "personnel", "people working"],
  // The levels below the province, named by their bound.
  ["cấp huyện và cấp xã", "dưới cấp tỉnh", "dưới tỉnh", "below the provincial level", "below provincial level", "below the province"],
];
