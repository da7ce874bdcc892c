# 거절 사유: 버튼 이름, OKX가 말하는 의미, 순서대로 해결하는 단계.
# locales/README.md 참고. 사실관계는 docs/kyc-knowledge.md 기준.
# 이름은 버튼이므로 30자 이내로.

## photo_blurry

reason-photo_blurry = 사진이 흐리거나 안 읽힘
reason-photo_blurry-about = 신분증 사진이 선명하지 않아 내용을 읽을 수 없었어요. OKX는 글자가 또렷하게 읽히는 선명한 사진을 요구해요.
reason-photo_blurry-step-1 = 부드러운 천으로 카메라 렌즈를 닦아 주세요.
reason-photo_blurry-step-2 = 신분증을 평평하게 놓고, 휴대폰을 신분증과 평행하게 15–25cm 정도 떨어뜨려 들어 주세요.
reason-photo_blurry-step-3 = 디지털 줌 없이 후면 기본 카메라를 쓰고, 화면에서 신분증을 탭해 초점을 맞춰 주세요.
reason-photo_blurry-step-4 = 밝은 곳에서 휴대폰을 흔들리지 않게 잡고 찍어 주세요.
reason-photo_blurry-step-5 = 찍은 사진을 확대해서 확인하세요: 모든 글자가 읽혀야 하고, 여권이라면 아래쪽 기계 판독 줄 두 줄도 모두 읽혀야 해요.
reason-photo_blurry-step-6 = 전달받았거나 압축된 사본이 아니라 카메라로 찍은 원본 사진을 올려 주세요.

## photo_glare

reason-photo_glare = 빛 반사
reason-photo_glare-about = 밝은 빛 반사 때문에 신분증 일부가 가려졌어요. OKX는 빛 반사가 없는 사진을 요구하며, 반사가 있으면 심사에서 통과하지 못해요.
reason-photo_glare-step-1 = 플래시를 꺼 주세요.
reason-photo_glare-step-2 = 조명과 직사광선을 피해 주세요. 옆에서 들어오는 부드러운 자연광이 가장 좋아요.
reason-photo_glare-step-3 = 케이스나 비닐 커버에서 신분증을 꺼내 주세요.
reason-photo_glare-step-4 = 글자, 사진, 홀로그램 위에 밝은 점이 사라질 때까지 신분증을 살짝 기울여 주세요.
reason-photo_glare-step-5 = 코팅된 카드는 반사가 가장 심해요. 여러 각도에서 몇 장 찍은 뒤 반사가 없는 사진을 고르세요.

## photo_exposure

reason-photo_exposure = 너무 어둡거나 너무 밝음
reason-photo_exposure-about = 사진이 너무 어둡거나 하얗게 날아가서 읽을 수 없었어요. OKX의 신분증 심사는 노출이 과한 사진을 통과시키지 않아요.
reason-photo_exposure-step-1 = 밝고 고르게 퍼지는 간접광을 찾으세요. 예를 들면 창가처럼 밝지만 직사광선은 들지 않는 곳이요.
reason-photo_exposure-step-2 = 신분증 뒤쪽에서 강한 빛이 비치지 않게 하고, 휴대폰 그림자가 신분증에 지지 않게 해 주세요.
reason-photo_exposure-step-3 = 어두운 사진을 플래시로 해결하려 하지 마세요(빛 반사가 생겨요). 대신 더 밝은 곳으로 옮기세요.
reason-photo_exposure-step-4 = 사진이 하얗게 날아간다면 HDR, 야간 모드, 뷰티 모드를 끄고 화면에서 신분증을 탭해 노출을 맞춰 주세요.

## photo_cut_off

reason-photo_cut_off = 신분증이 잘리거나 가려짐
reason-photo_cut_off-about = 신분증 일부가 사진 밖으로 나갔거나 가려졌어요. OKX는 네 모서리가 모두 보이고, 손가락을 포함해 아무것도 신분증을 가리지 않아야 한다고 안내해요.
reason-photo_cut_off-step-1 = 신분증 전체가 화면에 들어오게 하되, 사방에 약간의 여백을 두고 화면의 대부분을 채우도록 찍어 주세요.
reason-photo_cut_off-step-2 = 네 모서리가 모두 보이는지 확인하세요. 손가락이 가리지 않도록 카드를 탁자 위에 놓고 찍으면 좋아요.
reason-photo_cut_off-step-3 = 신분증과 색이 대비되는 무늬 없는 배경을 쓰세요.
reason-photo_cut_off-step-4 = 찍은 뒤에 사진을 자르지 마세요.
reason-photo_cut_off-step-5 = 여권: 아래쪽 기계 판독 줄 두 줄까지 포함해 정보면 전체가 나오게 찍어 주세요.

## not_original

reason-not_original = 스크린샷·사본·편집된 사진
reason-not_original-about = 원본 신분증을 찍은 컬러 사진이 아니었어요. OKX는 스크린샷, 복사본, 사진을 다시 찍은 사진, 편집된 이미지를 받지 않아요.
reason-not_original-step-1 = 실물 신분증을 휴대폰 카메라로 직접 찍어 주세요.
reason-not_original-step-2 = 스크린샷, 스캔본, 복사본, 출력물, 모바일 신분증, 화면을 찍은 사진은 보내지 마세요.
reason-not_original-step-3 = 흑백이 아닌 컬러 사진으로 보내 주세요.
reason-not_original-step-4 = 사진을 편집하지 마세요: 필터, 자르기, 스티커, 모자이크, 메모 모두 안 돼요.
reason-not_original-step-5 = 거절된 사진을 다시 올리지 말고 새로 찍어 주세요. 일부 인증 서비스는 이전에 거절된 이미지를 걸러내요.

## wrong_document

reason-wrong_document = 잘못된 신분증이나 면
reason-wrong_document-about = 받지 않는 종류의 신분증이거나, 필요한 면이나 페이지가 빠졌어요. OKX가 받는 신분증은 국가마다 달라요.
reason-wrong_document-step-1 = 인증 양식에서 OKX가 회원님 국가에 제공하는 신분증 종류를 고르세요. 비자, 학생증, 취업 허가증은 신분증이 아니에요.
reason-wrong_document-step-2 = 신분증 발급 국가는 선택한 국가와 같아야 해요.
reason-wrong_document-step-3 = 신분증이나 운전면허증은 앞면과 뒷면을 사진 두 장으로 보내 주세요. 같은 면을 두 번 보내면 안 돼요.
reason-wrong_document-step-4 = 여권은 사진이 있는 정보면을 보내고, 요청이 있으면 다른 주요 페이지도 보내 주세요.
reason-wrong_document-step-5 = 파일을 알맞은 칸에 올리세요: 신분증 칸에는 신분증을, 주소 칸에는 주소 증명 서류를요.

## document_invalid

reason-document_invalid = 만료·서명 없음·훼손
reason-document_invalid-about = 신분증 자체가 인정되지 않았어요: 만료됐거나, 서명이 없거나, 훼손됐거나, 사진이 선명하지 않은 경우예요. OKX는 유효하고 훼손되지 않은 신분증을 요구해요.
reason-document_invalid-step-1 = 유효기간을 확인하세요. 기간이 넉넉히 남은 신분증이 좋아요. 일부 인증 서비스는 한 달 안에 만료되는 신분증을 거절해요.
reason-document_invalid-step-2 = 여권 서명란이 비어 있다면 사진을 찍기 전에 서명해 주세요.
reason-document_invalid-step-3 = 사진과 생년월일이 있고 또렷하게 보이는지 확인하세요.
reason-document_invalid-step-4 = 신분증이 금 갔거나, 닳았거나, 구멍이 났거나, 모서리가 잘렸다면 다른 유효한 신분증을 쓰거나 새로 발급받으세요.
reason-document_invalid-step-5 = 회원님 국가에서 OKX가 새 여권을 요구한다면 먼저 여권을 갱신하세요.

## data_mismatch

reason-data_mismatch = 입력 정보가 신분증과 다름
reason-data_mismatch-about = 양식에 입력한 정보(이름, 생년월일, 신분증 번호, 국적)가 신분증과 일치하지 않아요.
reason-data_mismatch-step-1 = 입력한 항목을 신분증과 하나씩 비교해 보세요.
reason-data_mismatch-step-2 = 이름은 신분증에 적힌 그대로 입력하세요: 같은 철자, 같은 순서, 중간 이름까지 모두. 별명이나 직접 바꾼 로마자 표기는 안 돼요.
reason-data_mismatch-step-3 = 양식에 현지 언어 이름 칸이 있다면, 그 칸에는 신분증과 같은 문자(예: 한글)로 이름을 입력하세요.
reason-data_mismatch-step-4 = 생년월일: 일과 월의 순서를 확인하세요.
reason-data_mismatch-step-5 = 신분증 번호: 빠짐없이, 띄어쓰기 없이 입력하세요. 알파벳 O와 숫자 0, 알파벳 I와 숫자 1을 헷갈리지 마세요.
reason-data_mismatch-step-6 = 국적이 두 개라면 업로드하는 신분증의 국적을 선택하세요.
reason-data_mismatch-step-7 = 거주 국가: 실제로 살고 있는 나라를 선택하세요.
reason-data_mismatch-step-8 = 정보를 더 이상 수정할 수 없다면 OKX 고객지원에 정정을 요청하세요.

## selfie_failed

reason-selfie_failed = 셀카·얼굴 인증 실패
reason-selfie_failed-about = 얼굴 스캔을 마치지 못했거나 얼굴이 충분히 선명하지 않았어요. OKX는 밝은 곳에서 흔들림 없이 얼굴 전체가 타원 안에 들어오게 찍으라고 안내해요.
reason-selfie_failed-step-1 = 빛을 마주 보세요: 등 뒤에 창문이나 조명이 없어야 해요.
reason-selfie_failed-step-2 = 모자, 마스크, 선글라스를 벗고, 머리카락이 얼굴을 가리지 않게 해 주세요.
reason-selfie_failed-step-3 = 휴대폰을 눈높이에 두고 얼굴을 타원 안에 맞춰 주세요.
reason-selfie_failed-step-4 = 가만히 있다가, 앱이 요청하면 고개를 천천히 돌려 주세요.
reason-selfie_failed-step-5 = 카메라 접근을 허용하고, OKX 앱을 업데이트하고, 다른 앱은 닫아 주세요. 그래도 안 되면 다른 휴대폰으로 해 보세요.
reason-selfie_failed-step-6 = 직접 하세요: 얼굴 인증은 계정 본인만 할 수 있어요.

## face_mismatch

reason-face_mismatch = 얼굴이 신분증과 다름
reason-face_mismatch-about = 셀카 속 얼굴이 신분증 사진과 일치하지 않는 것으로 판단됐어요.
reason-face_mismatch-step-1 = 셀카는 계정 본인만 찍을 수 있어요.
reason-face_mismatch-step-2 = 지금 얼굴과 비슷하도록 가장 최근에 발급받은 신분증을 쓰세요.
reason-face_mismatch-step-3 = 신분증 사진 속 얼굴이 선명하고 빛 반사가 없는지 확인하세요.
reason-face_mismatch-step-4 = 무표정으로, 안경과 모자 없이 찍어 주세요.
reason-face_mismatch-step-5 = 그래도 안 되면 OKX 고객지원에 문의하세요. 일부 인증 서비스는 얼굴 불일치를 최종 결과로 처리해요.

## duplicate_identity

reason-duplicate_identity = 이미 인증된 신분증
reason-duplicate_identity-about = 이 신원은 이미 다른 OKX 계정에서 인증됐어요. OKX는 1인 1계정만 허용하므로 다시 제출해도 소용없어요.
reason-duplicate_identity-step-1 = OKX는 1인 1계정만 허용하며, 회원님의 신원은 다른 계정에 연결되어 있어요.
reason-duplicate_identity-step-2 = 그 계정에 로그인하거나, OKX 계정 복구 기능으로 되찾으세요.
reason-duplicate_identity-step-3 = 모르는 계정이라면(누군가 회원님의 신분증을 썼을 수 있어요) UID를 알려 주며 OKX 고객지원에 문의하세요.
reason-duplicate_identity-step-4 = 다른 사람의 신분증을 쓰거나 내 신분증을 빌려주는 일은 절대 하지 마세요.

## not_eligible

reason-not_eligible = 지역·자격 제한
reason-not_eligible-about = 거주 지역 등의 이유로 OKX가 이 계정의 인증을 해 줄 수 없어요. 다시 제출해도 바뀌지 않아요.
reason-not_eligible-step-1 = OKX 이용약관 2.2항을 읽고, 회원님의 거주 국가를 어느 OKX 법인이 담당하는지 확인하세요.
reason-not_eligible-step-2 = 이용 자격은 국적만이 아니라 실제 거주지에 따라 정해져요.
reason-not_eligible-step-3 = VPN을 쓰거나 거주지를 거짓으로 입력하지 마세요.
reason-not_eligible-step-4 = 착오라고 생각되면(예: 이사한 경우) UID와 거주 증빙을 준비해 OKX 고객지원에 문의하고, 계속 다시 제출하지는 마세요.

## address_proof

reason-address_proof = 주소 증명
reason-address_proof-about = 주소 증명 서류가 인정되지 않았어요. 서류에는 이름과 현재 주소가 있어야 하고, 그 주소는 양식에 입력한 주소와 같아야 해요.
reason-address_proof-step-1 = 이름과 현재 거주지 주소가 나온 서류를 쓰세요.
reason-address_proof-step-2 = 주소는 양식에 입력한 주소와 정확히 같아야 해요.
reason-address_proof-step-3 = 최근 서류를 쓰세요: OKX가 기한을 정해 둔 곳(예: 사우디아라비아)에서는 최근 3개월 이내에 발급된 서류여야 해요.
reason-address_proof-step-4 = 원본을 찍은 사진(페이지 전체, 모든 모서리) 또는 발급받은 그대로의 PDF를 보내세요. 스크린샷은 안 돼요.
reason-address_proof-step-5 = 사서함(P.O. Box) 주소는 쓰지 마세요.

## unknown

reason-unknown = 사유가 표시되지 않음
reason-unknown-about = OKX가 사유를 보여 주지 않았어요. 보통 OKX가 보낸 이메일이나 문자에 사유와 재제출 링크가 함께 있어요.
reason-unknown-step-1 = 인증과 관련해 OKX가 보낸 이메일이나 문자를 확인하세요. 사유와 재제출 링크가 나와 있어요.
reason-unknown-step-2 = OKX 앱에서 인증 페이지를 열고 사유가 있는지 확인하세요.
reason-unknown-step-3 = 그래도 없다면 흔한 원인을 순서대로 점검하세요: 스크린샷·복사본·흑백 사진, 잘린 모서리, 흐림, 빛 반사, 유효기간, 입력한 정보, 셀카.
reason-unknown-step-4 = 신분증 사진과 셀카를 이 봇에 보내 확인받으세요.
reason-unknown-step-5 = 그래도 원인을 모르겠거나 24시간이 지나도 결과가 없다면 OKX 고객지원에 문의하세요.
reason-invalid-expiry = 유효기간이 잘못됨
