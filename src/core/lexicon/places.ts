// Places a question may be about. A report answers for its own places (report.json "places");
// a question naming any other place here is out of scope, however well its words match.

/** Scopes wider than a province, that hold it: a question about them is out of scope, a writer's topic is not apart from it. */
export const WIDER_SCOPES: string[] = ["cả nước", "toàn quốc", "Việt Nam", "Vietnam", "Viet Nam", "nationwide", "national level"];

export const PLACES: string[] = [
  // Provinces and centrally-run cities (before and after the 2025 mergers)
  "Hà Nội", "Hanoi", "Thành phố Hồ Chí Minh", "Hồ Chí Minh", "TP HCM", "TPHCM", "HCM", "Sài Gòn", "Saigon",
  "Ho Chi Minh City", "Đà Nẵng", "Da Nang", "Danang", "Hải Phòng", "Hai Phong", "Cần Thơ", "Can Tho",
  "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa", "Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bắc Cạn", "Bạc Liêu",
  "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
  "Đắk Lắk", "Đắc Lắc", "Daklak", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
  "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Nha Trang",
  "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Đà Lạt", "Lạng Sơn", "Lào Cai", "Long An",
  "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
  "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
  "Thanh Hóa", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
  // Wider scopes this provincial report does not measure
  ...WIDER_SCOPES,
  "Lào", "Campuchia", "Thái Lan", "Trung Quốc", "Singapore", "Laos", "Cambodia", "Thailand", "China",
];

/** Place codes people type in capitals; only in capitals ("hn" in chat is "hôm nay"). */
export const PLACE_CODES: Record<string, string> = { HN: "Hà Nội", SG: "Sài Gòn" };
