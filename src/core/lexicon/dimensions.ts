// Groups a figure may be broken down by that a report may never use: sex, age, ethnicity, education,
// party membership, sector. A question naming one ("trong đó bao nhiêu nam, bao nhiêu nữ?") asks a breakdown;
// when no report's sentence uses the phrase, no figure is of that group.
// ("nam" alone is not here: typed without marks it is mostly "năm", a year.)
export const BREAKDOWN_PHRASES: string[] = [
  "nữ", "phụ nữ", "nam giới", "nữ giới", "giới tính", "lao động nữ", "cán bộ nữ",
  "độ tuổi", "tuổi", "dân tộc thiểu số", "người dân tộc", "trình độ", "thạc sĩ", "tiến sĩ", "đảng viên",
  "women", "woman", "female", "females", "male", "males", "men", "gender", "sex", "age", "aged",
  "ethnic", "minority", "minorities", "master's", "doctorate", "phd", "party members",
  // Sectors ("đơn vị sự nghiệp ngành y tế", "TTHC đất đai"): a figure for all sectors is none of them.
  "giáo dục", "y tế", "đất đai", "nông nghiệp", "giao thông", "du lịch", "thể thao", "trường học", "bệnh viện", "công an",
  "education", "health", "hospital", "hospitals", "school", "schools", "agriculture", "tourism", "police",
  // Sources of revenue ("thu nội địa riêng bao nhiêu?"): the revenue collected is given whole.
  // (Not a bare "thuế", "tax": "including taxes" names what is counted in; unmarked "thue" is also "thuê".)
  "thu nội địa", "nội địa", "xuất nhập khẩu", "tiền sử dụng đất", "thu từ đất", "thu thuế", "hải quan",
  "domestic revenue", "import-export", "tax revenue", "tax revenues", "customs revenue", "land use fees",
  // Kinds of spending ("chi đầu tư phát triển", "chi thường xuyên"): the balanced spending is given whole.
  "chi đầu tư", "đầu tư phát triển", "đầu tư công", "chi thường xuyên", "vốn đầu tư",
  "capital spending", "capital expenditure", "investment spending", "public investment", "recurrent spending", "recurrent expenditure",
  // Outcomes of the work counted ("bao nhiêu dự thảo bị trả lại?", "how many were rejected?"): the
  // drafts appraised, the files received are given whole, none by what came of it. (Not "quá hạn",
  // "trễ hạn": the tasks not done by the year's end are the plan's 3 left; nor "từ chối", "refuse"
  // bare: "mong anh chị đừng từ chối", "please don't refuse".)
  "bị trả lại", "bị từ chối", "không đạt yêu cầu", "không được thông qua", "rejected", "turned down",
];
