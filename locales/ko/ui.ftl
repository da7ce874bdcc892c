# 대화에 쓰이는 문구. locales/README.md 참고. 일반 텍스트: HTML/Markdown 없음.
app-name = KYC Doctor

## 메인 메뉴
menu-welcome =
    안녕하세요! 저는 KYC Doctor예요 🩺 거절된 OKX 신원 인증(KYC)을 바로잡을 수 있게 도와드려요.

    OKX에 표시된 거절 사유를 알려 주시고, 제출하려는 신분증 사진과 셀카를 보내 주세요. 사진을 확인한 뒤, 다시 제출하기 전에 할 일을 순서대로 정리해 드릴게요.

    저는 OKX가 아닌 독립적인 도구예요. 비밀번호, 2FA 코드, 시드 구문은 절대 묻지 않아요.
menu-again = 무엇을 도와드릴까요?
btn-check = 🩺 인증 문제 해결하기
btn-faq = ❓ 자주 묻는 질문
btn-scam = ⚠️ 사기 주의
btn-language = 🌐 언어
btn-privacy = 🔒 개인정보 보호
btn-menu = ☰ 메뉴
btn-back = ← 뒤로
btn-continue = ↩ 계속하기
btn-more-questions = ❓ 다른 질문 보기
btn-no-reason = 사유가 표시되지 않았어요
btn-skip = 이 사진 건너뛰기
btn-keep-photo = 이 사진으로 계속하기
btn-retake-front = 🔄 앞면
btn-retake-passport = 🔄 사진 면
btn-retake-back = 🔄 뒷면
btn-retake-selfie = 🔄 셀카
btn-expiry = 📅 유효기간 확인
btn-next-steps = ➡ 다음 단계

## 거절 사유
ask-family = OKX 거절 화면에 뭐라고 나오나요? 화면에 표시된 그룹을 고르세요. 사는 곳에서는 서비스를 제공할 수 없다고 했다면 ‘지역 또는 이용 자격’을 고르세요.
family-data_mismatch = 정보 불일치
family-image_quality = 서류 사진이 유효하지 않음
family-face_capture = 얼굴 인식
family-document = 필수 서류
family-account = 지역 또는 이용 자격
ask-reason = { $family }: 정확히 어떤 사유인가요?
reason-final-note = ⛔ 다시 제출해도 이 결과는 바뀌지 않아요. 대신 이렇게 해 보세요:

## 신분증과 사진
ask-document = 어떤 신분증을 제출하실 건가요?
doc-passport = 여권
doc-id_card = 신분증 (ID 카드)
doc-driver_license = 운전면허증
doc-residence_permit = 거주 허가증
slot-front = 신분증 앞면
slot-passport = 여권 사진 면
slot-back = 신분증 뒷면
slot-selfie = 셀카
ask-photo-passport =
    📷 제출하려는 여권 정보면(사진이 있는 면) 사진을 보내 주세요.

    팁: 파일로 보내 주시면(📎 → 파일) 원본 화질 그대로 확인할 수 있어요.
ask-photo-front =
    📷 제출하려는 신분증 앞면 사진을 보내 주세요.

    팁: 파일로 보내 주시면(📎 → 파일) 원본 화질 그대로 확인할 수 있어요.
ask-photo-back = 📷 이제 신분증 뒷면을 보내 주세요.
ask-selfie = 🤳 이제 셀카를 보내 주세요. 밝은 곳에서 얼굴이 정면으로 나오게, OKX에 제출할 때처럼 찍어 주세요.
ask-selfie-optional = 🤳 셀카도 확인받고 싶다면 지금 보내 주세요. 밝은 곳에서 얼굴이 정면으로 나오게 찍으면 돼요. 아니면 건너뛰셔도 돼요.
ask-expiry = 📅 신분증에 적힌 유효기간(만료일)을 입력해 주세요. 예: 2027.03.15 또는 2027년 3월 15일
photo-ok = ✅ { $slot }: 좋아요.
photo-warn = ⚠️ { $slot }: 통과할 수도 있지만 더 잘 찍을 수 있어요:
photo-fail = ❌ { $slot }: 다시 찍어야 해요:
photo-same-again = 🔁 전에 통과하지 못한 사진과 같은 사진이에요. 새로 찍어 주세요.
photo-retake-hint = 새 사진을 보내 바꾸거나, 이 사진을 그대로 쓰셔도 돼요.
photo-not-expected = 지금은 사진을 받을 단계가 아니에요.
photo-checking = 🔍 사진을 확인하고 있어요…
photo-queued = ⏳ 지금 확인할 사진이 많아요. 보내 주신 사진은 대기열에 있어요.
photo-too-small-compressed = 텔레그램에서 이 사진이 많이 압축됐어요. 정확하게 확인하려면 파일로 보내 주세요(📎 → 파일).
hint-waiting-photo = 이 사진을 기다리고 있어요: { $slot }.

## 결과
summary-title = 🩺 확인 결과
summary-slot-ok = ✅ { $slot }: 좋음
summary-slot-warn = ⚠️ { $slot }: 개선하면 좋음
summary-slot-fail = ❌ { $slot }: 다시 찍기
summary-slot-skipped = ➖ { $slot }: 확인 안 함
summary-checklist-title = 순서대로 해야 할 일:

## 자주 묻는 질문 및 기타 화면
faq-menu-title = ❓ 질문을 고르거나, 궁금한 점을 그냥 입력해 주세요.
faq-no-match = 그 질문에는 답을 드리기 어려워요. 제가 답할 수 있는 질문은 다음과 같아요:
faq-did-you-mean = 제가 제대로 이해했는지 모르겠어요. 혹시 이 중 하나를 물어보신 건가요?
smalltalk-greeting = 안녕하세요! 👋 OKX가 인증에 대해 뭐라고 했는지 알려 주시거나 질문을 입력하세요.
smalltalk-thanks = 천만에요! 인증 잘 되길 바랄게요. 🍀
smalltalk-ack = 👍 필요할 때 언제든지요: 사진을 보내거나 질문을 입력하세요.
smalltalk-bye = 안녕히 가세요, 행운을 빌어요! 다시 확인하고 싶으면 /start 를 입력하세요.
language-choose = 🌐 언어를 선택해 주세요:
language-set = ✅ 이제부터 한국어로 안내해 드릴게요.
help-text =
    OKX 신원 인증에 제출하려는 사진을 확인하고, 무엇을 고쳐야 하는지 알려 드려요.

    /check — 시작하기: 거절 사유 → 사진 → 체크리스트
    /faq — 자주 묻는 질문 (질문을 그냥 입력해도 돼요)
    /language — 언어 변경
    /privacy — 무엇을 얼마나 보관하는지
    /forget — 저장된 내 정보 모두 삭제
    /cancel — 중단하고 메뉴로 돌아가기
privacy-text =
    🔒 개인정보 보호

    • 사진은 메모리에서만 확인하고 바로 폐기해요. 디스크에 저장하거나 로그에 남기지 않아요.
    • 신분증의 기계 판독 영역에서 읽은 내용(이름, 날짜, 문서 번호)은 그 답장에서 한 번만 보여 드리고, 절대 저장하거나 로그에 남기지 않아요.
    • 저장하는 정보: 대화의 진행 단계, 언어, 선택한 사유, 신분증 종류, 각 확인에서 나온 문제 코드(측정값과 사진 속 위치 포함), 그리고 사진마다 64비트 해시값 하나예요. 해시값은 사진에서 계산한 짧은 숫자로, 같은 사진을 두 번 보냈을 때 알아보는 데만 쓰이며 이것으로 사진을 복원할 수는 없어요. 사진, 이름, 신분증 데이터는 저장하지 않아요.
    • 보관 기간: 기본 저장소(SQLite)에서는 /forget 을 보낼 때까지 보관해요. 봇이 Redis로 운영되면 일정 기간 활동이 없을 때 자동으로 삭제돼요(REDIS_TTL_SECS, 기본 7일). /forget 을 보내면 모두 한 번에 삭제돼요.
    • 저는 OKX가 아니어서 회원님의 계정을 보거나 바꿀 수 없어요. 비밀번호, 2FA 코드, 시드 구문은 절대 묻지 않아요. 이런 걸 묻는 사람은 사기꾼이에요.
    • 개인 채팅에서만 작동해요. 그룹에서는 사진을 보지 않아요.
forget-done = 🗑 완료: 저장해 둔 정보를 모두 삭제했어요. 다시 시작하려면 /start 를 보내 주세요.
cancel-done = 네, 중단했어요.

## 처리할 수 없는 메시지
media-sticker = 멋진 스티커네요! 하지만 제게 필요한 건 신분증 사진이나 셀카, 또는 글로 입력한 질문이에요.
media-voice = 음성 메시지는 들을 수 없어요. 질문을 글로 입력해 주세요.
media-video = 동영상은 확인할 수 없어요. 사진을 보내 주세요.
media-private-data = 위치나 연락처는 보내지 마세요. 저에게는 필요 없어요.
media-not-image = 이 파일은 이미지가 아니에요. JPEG 또는 PNG 사진을 보내 주세요.
media-other = 이런 종류의 메시지는 처리할 수 없어요.

## 텔레그램
group-private-only = 🔒 신분증 정보를 안전하게 지키기 위해 개인 채팅에서만 작동해요. 저에게 1:1 메시지를 보내 주세요.
error-apology = 😔 죄송해요, 제 쪽에서 문제가 생겼어요. 진행 상황은 저장되어 있으니 다시 시도해 주세요.
rate-limited = ⏳ 조금만 천천히 보내 주세요. 몇 초 후에 다시 시도해 주세요.
session-restarted = ♻️ 업데이트 때문에 대화를 다시 시작해야 했어요. 죄송해요! 처음부터 다시 시작할게요.
cmd-start = 처음부터 다시 시작
cmd-help = 사용 방법
cmd-check = 내 사진 확인하기
cmd-faq = 자주 묻는 질문
cmd-language = 언어 변경
cmd-privacy = 보관하는 정보
cmd-forget = 내 데이터 삭제
cmd-cancel = 중단하고 메뉴로
edit-not-seen = 수정된 메시지는 읽지 못하고 새 메시지만 읽어요. 새 메시지로 다시 보내 주세요.
album-received =
    { $count ->
        [1] 📚 앨범의 사진을 확인했어요:
       *[other] 📚 앨범의 사진 { $count }장을 순서대로 확인했어요:
    }
photo-forwarded = ↪️ 전달된 사진이에요. OKX에는 전달된 사본 말고 카메라로 찍은 원본 사진을 쓰세요.

# A photo sent without being asked for, when it is unclear what it shows.
photo-which = 🤔 이 사진이 무엇인지 알 수 없어요. 신분증인가요, 셀카인가요?
btn-photo-is-id = 🪪 내 신분증
btn-photo-is-selfie = 🤳 셀카

# A screen cue is never "may pass"; the same picture sent for both sides.
photo-screen-warn = ⚠️ { $slot }이(가) 스크린샷이나 화면을 찍은 사진으로 보입니다. OKX는 어떤 스크린샷도 받지 않습니다. 원본 서류를 카메라로 촬영하세요.
photo-same-as-other-side = 🔁 { $other }과(와) 같은 이미지입니다. { $slot } 사진을 보내 주세요.
btn-invalid-selfie = 셀카가 유효하지 않음

# A typed expiry date that could not be read: not a dead end.
btn-no-expiry = ♾ 유효기간 없음
btn-skip-date = 이 단계 건너뛰기
