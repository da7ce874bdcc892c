# 최종 체크리스트의 고정 문구, 유효기간 확인, 다음 단계.
# locales/README.md와 src/content/checklist.rs(순서대로 조합) 참고.

## 체크리스트 구역 제목

checklist-title = 다시 제출하기 전 체크리스트
checklist-title-final = 다시 제출하는 대신 할 일
checklist-section-reason = OKX가 알려 준 사유 해결하기
checklist-section-photos = 사진에서 찾은 문제 고치기
checklist-section-data = 입력한 정보 확인하기
checklist-section-resubmit = 그다음 다시 제출하기
checklist-section-instead = 대신 할 일

## 입력 정보 점검: 모든 항목을 신분증과 똑같이

checklist-data-1 = 이름: 신분증에 적힌 그대로, 같은 철자와 순서로, 입력란이 요구하는 문자(로마자 또는 현지 문자)로 입력하세요.
checklist-data-2 = 생년월일: 신분증과 같은 날짜인지, 일과 월이 바뀌지 않았는지 확인하세요.
checklist-data-3 = 유효기간: 신분증이 만료되지 않아야 해요. 제출하는 날에도 유효한지 확인하세요.
checklist-data-4 = 주소: 현재 거주지 주소를 입력하고, 주소 증명을 요청받았다면 그 서류에 적힌 것과 똑같이 쓰세요.
checklist-data-5 = 국적과 신분증 번호: 업로드하는 신분증의 국적을 선택하고, 번호는 빠짐없이 띄어쓰기 없이 입력하세요.

## 재제출 순서 (스스로 해결할 수 있는 사유)

checklist-resubmit-1 = 이 목록의 내용을 모두 먼저 고친 다음 다시 제출하세요. 같은 사진을 다시 보내면 결과가 달라지는 경우가 드물어요.
checklist-resubmit-2 = 인증하는 동안에는 같은 휴대폰과 같은 네트워크를 쓰고, 심사 중에 VPN을 켜거나 끄지 마세요.
checklist-resubmit-3 = OKX 이메일의 링크나 앱의 인증 페이지를 통해 한 번만 다시 제출하고 결과를 기다리세요.
checklist-resubmit-4 = 계정에 재시도 대기 시간이 표시된다면 그 시간이 지날 때까지 기다리세요. OKX는 정해진 재시도 횟수 제한이나 대기 시간을 공개하지 않아요.

## 다시 제출하는 대신 (최종 사유: 중복 신원, 이용 자격 없음)

checklist-final-1 = 다시 제출하지 마세요: 같은 사진이든 새 사진이든 이 결정은 바뀌지 않아요.
checklist-final-2 = OKX 고객지원에는 OKX 앱이나 okx.com을 통해서만 연락하고, UID를 알려 주세요.
checklist-final-3 = OKX 직원은 인증을 풀어 준다며 비밀번호, 2FA 코드, 시드 구문이나 돈을 요구하지 않아요.

## 유효기간 확인 ($date 는 읽어 낸 날짜, YYYY-MM-DD 형식)

expiry-read-as = 이 날짜를 { $date }(으)로 읽었어요.
expiry-expired = 이 신분증은 만료됐어요. OKX는 만료된 신분증을 받지 않아요. 다른 유효한 신분증을 쓰거나 이 신분증을 갱신하세요.
expiry-soon = 이 신분증은 한 달 안에 만료돼요. 통과할 수도 있지만, 일부 인증 서비스는 만료가 이렇게 임박한 신분증을 거절해요. 다른 유효한 신분증이 있다면 그것을 쓰세요.
expiry-fine = 날짜 자체는 괜찮아요. 신분증이 한 달 넘게 유효해요. OKX가 ‘유효기간이 잘못됨’이라고 했다면 사진 속 날짜가 선명하고 빛 반사가 없는지, 인쇄된 그대로 입력했는지 확인하세요.
expiry-unreadable = 날짜를 읽지 못했어요. 신분증에 적힌 대로 입력해 주세요. 예: 2027.03.15 또는 2027년 3월 15일

## 다음 단계

next-register = 아직 OKX 계정이 없나요? 공식 OKX 앱이나 okx.com에서만 가입하세요. 모르는 사람이나 채팅방에서 받은 링크로는 절대 가입하지 마세요.
next-complete-kyc = 인증 방법: 웹사이트에서는 프로필 아이콘 → 'Verification'(인증) → 'Individual account'(개인 계정), 앱에서는 'User Center'(사용자 센터) → 'Profile and Settings'(프로필 및 설정) → 'Identity verification'(신원 인증)으로 들어가세요. 한국어 화면에서는 이름이 조금 다를 수 있어요. 유효한 신분증을 준비하고, 무늬 없는 배경에서 밝게 사진을 찍고, 정보는 신분증과 똑같이 입력하세요. 실패하면 OKX 이메일이나 앱에서 사유를 확인해 고치고, 다시 제출하기 전에 여기서 사진을 확인받으세요.
next-help-centre = 이 봇이 답할 수 없는 내용은 OKX 헬프 센터(okx.com/help)를 보거나 OKX 앱에서 고객지원에 문의하세요. 최종 기준은 OKX의 공식 문서예요. 이 봇은 독립적인 도우미이며 정보가 최신이 아닐 수 있어요.
next-terms-link = OKX 서비스 약관 2.2항(OKX가 서비스를 제공하지 않는 지역): https://www.okx.com/help-center/360021813691
expiry-none = 유효기간이 없는 신분증은 만료될 수 없으니 여기서 고칠 것은 없어요. OKX는 이런 신분증에 대한 별도 규칙을 공개하지 않아요. 양식에서 날짜를 꼭 요구하면 OKX 고객지원에 문의하세요.
