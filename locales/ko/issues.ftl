# 사진 검사 결과: 문제 코드별 짧은 이름과 해결 방법 한 가지, 신분증에서 문제가 있는 위치,
# 파일을 아예 읽지 못한 이유. locales/README.md 참고.

## 신분증 사진 문제: issue-<code> (짧은 이름), issue-<code>-fix (신분증 사진 해결 방법)

issue-blurry = 흐림
issue-blurry-fix = 사진이 흐려요: 렌즈를 닦고, 화면에서 신분증을 탭해 초점을 맞춘 뒤, 휴대폰을 흔들리지 않게 잡아 주세요.
issue-glare = 빛 반사
# $where 는 아래 region-* 문구 중 하나예요. 예: "오른쪽 위 모서리".
issue-glare-fix = 신분증의 { $where }에 밝은 빛 반사가 있어요: 플래시를 끄고, 반사가 사라질 때까지 신분증을 살짝 기울여 주세요.
issue-too_dark = 너무 어두움
issue-too_dark-fix = 사진이 너무 어두워요: 창가처럼 밝고 빛이 고르게 드는 곳으로 옮기세요. 플래시는 쓰지 마세요.
issue-too_bright = 너무 밝음
issue-too_bright-fix = 사진이 하얗게 날아갔어요: 강한 빛이 직접 닿지 않는 곳으로 옮기고, HDR을 끈 뒤, 화면에서 신분증을 탭해 노출을 맞춰 주세요.
issue-cut_off = 잘림
issue-cut_off-fix = 신분증 일부가 사진 밖으로 나갔어요: 네 모서리가 모두 보이고 주변에 약간 여백이 생길 때까지 뒤로 물러나 찍어 주세요.
issue-too_small = 신분증이 너무 작음
issue-too_small-fix = 사진에서 신분증이 차지하는 부분이 너무 작아요: 모서리가 모두 보이는 상태에서 신분증이 화면 대부분을 채울 때까지 가까이 가 주세요.
issue-low_resolution = 해상도가 낮음
issue-low_resolution-fix = 글자를 읽기에는 사진 해상도가 너무 낮아요: 줌 없이 기본 카메라로 찍고, 압축된 사본이 아닌 원본 사진을 보내 주세요.
issue-tilted = 기울어짐
issue-tilted-fix = 신분증이 비스듬하게 찍혔어요: 신분증을 평평하게 놓고, 휴대폰을 바로 위에서 신분증과 평행하게 들어 주세요.
issue-grayscale = 흑백
issue-grayscale-fix = 흑백 사진이에요: OKX는 컬러 사진을 요구해요. 필터를 모두 끄고 원본을 컬러로 찍어 주세요.
issue-screen_photo = 스크린샷 또는 화면 촬영
issue-screen_photo-fix = 스크린샷이거나 화면을 찍은 사진으로 보여요: 실물 신분증을 휴대폰 카메라로 직접 찍어 주세요.
issue-no_document = 신분증을 찾지 못함
issue-no_document-fix = 사진에서 신분증을 찾지 못했어요: 색이 대비되는 무늬 없는 바닥에 신분증을 놓고, 화면 대부분을 신분증으로 채워 주세요.
issue-mrz_unreadable = 기계 판독 영역을 읽을 수 없음
issue-mrz_unreadable-fix = 인증 시스템은 신분증 아래쪽의 ‹‹‹ 가 있는 줄(기계 판독 영역)을 읽는데, 제가 그것을 읽지 못했습니다. 그 띠 전체가 사진 안에 선명하게, 빛 반사 없이 나와야 합니다. 더 가까이 다가가고, 휴대폰을 흔들리지 않게 잡고, 빛이 반사되지 않도록 신분증을 살짝 기울이세요.
issue-document_uncertain = 신분증 가장자리가 불분명해요
issue-document_uncertain-fix = 신분증의 가장자리가 뚜렷하게 보이지 않아 잘림, 너무 작음, 기울어짐 여부는 판단하지 않았어요: 무늬 없는 더 어두운 바닥에 신분증을 놓고 다시 찍어 주세요.

## 셀카 문제

issue-no_face = 얼굴을 찾지 못함
issue-no_face-fix = 얼굴을 찾지 못했어요: 카메라를 정면으로 보고, 빛을 마주한 채 얼굴 전체가 화면에 들어오게 해 주세요.
issue-multiple_faces = 얼굴이 여러 개
issue-multiple_faces-fix = 사진에 얼굴이 두 개 이상 있어요: 뒤에 아무도 없는 곳에서 혼자 찍어 주세요.
issue-face_too_small = 얼굴이 너무 멂
issue-face_too_small-fix = 얼굴이 너무 멀리 있어요: 휴대폰을 눈높이에서 더 가까이 들고, 얼굴이 타원을 채우게 해 주세요.
issue-face_cut_off = 얼굴이 잘림
issue-face_cut_off-fix = 얼굴 일부가 화면 밖으로 나갔어요: 턱부터 머리카락까지 머리 전체가 사진 안에 들어오게 해 주세요.
issue-face_off_center = 얼굴이 가운데에 없음
issue-face_off_center-fix = 얼굴이 가운데에서 많이 벗어났어요: 휴대폰을 정면에 똑바로 들고 얼굴을 가운데에 맞춰 주세요.
issue-backlit = 역광
issue-backlit-fix = 배경이 얼굴보다 훨씬 밝아요: 창문이나 조명을 등지지 말고 마주 보도록 돌아서 주세요.
issue-uneven_light = 빛이 고르지 않음
issue-uneven_light-fix = 얼굴 한쪽이 훨씬 어두워요: 빛이 나오는 쪽을 정면으로 마주 보고 양쪽이 고르게 밝아지게 해 주세요.

## 두 종류의 사진 모두에 해당하는 코드의 셀카용 문구

issue-selfie-blurry-fix = 셀카가 흐려요: 전면 카메라를 닦고, 휴대폰을 눈높이에서 흔들림 없이 잡고, 천천히 움직여 주세요.
issue-selfie-too_dark-fix = 셀카가 너무 어두워요: 밝은 곳으로 옮기고 빛을 마주 봐 주세요.
issue-selfie-too_bright-fix = 셀카가 하얗게 날아갔어요: 직사광선이나 강한 조명을 피하고 부드럽고 고른 빛에서 찍어 주세요.
issue-selfie-grayscale-fix = 셀카가 흑백이에요: 카메라의 필터나 색상 효과를 모두 꺼 주세요.
issue-selfie-low_resolution-fix = 셀카 해상도가 너무 낮아요: 휴대폰 카메라로 바로 찍고, 압축된 사본이 아닌 원본 사진을 보내 주세요.

## 신분증에서 문제가 있는 위치 (위의 { $where } 자리에 들어감)

region-top_left = 왼쪽 위 모서리
region-top = 위쪽 가장자리
region-top_right = 오른쪽 위 모서리
region-left = 왼쪽 가장자리
region-center = 가운데
region-right = 오른쪽 가장자리
region-bottom_left = 왼쪽 아래 모서리
region-bottom = 아래쪽 가장자리
region-bottom_right = 오른쪽 아래 모서리
# 위치를 알 수 없을 때.
region-unknown = 일부

## 아예 분석할 수 없었던 파일 (docs/contracts.md 입력 오류 코드)

input-error-not_found = 파일을 찾지 못했어요. 경로를 확인하고 다시 시도해 주세요.
input-error-unsupported_format = 이 이미지 형식은 읽을 수 없어요(예: 아이폰의 HEIC 사진). 텔레그램에서 일반 사진으로 보내거나 JPEG로 저장해 주세요. 아이폰: 설정 → 카메라 → 포맷 → 높은 호환성.
input-error-corrupt = 이 이미지를 읽지 못했어요. 파일이 손상됐거나 일부가 빠진 것 같아요. 새로 찍어서 다시 보내 주세요.
input-error-too_large = 파일이 너무 커서 확인할 수 없어요. 파일 대신 일반 사진으로 보내거나, 더 작은 사진을 보내 주세요.
input-error-too_many_pixels = 이 사진은 제가 확인할 수 있는 것보다 픽셀 수가 많아요. 텔레그램이 크기를 줄여 주는 일반 사진으로 보내거나, 카메라 해상도를 낮춰 주세요.

## What a valid machine-readable zone says (shown once to the photo's owner, never stored)

mrz-block-title = 📄 신분증에 적힌 내용 (기계 판독 영역에서 읽음, 본인에게만 보이며 저장되지 않음):
mrz-block-surname = 성: { $value }
mrz-block-given = 이름: { $value }
mrz-block-birth = 생년월일: { $value }
mrz-block-expiry = 만료일: { $value }
mrz-block-nationality = 국적: { $value }
mrz-block-number = 문서 번호: { $value }
mrz-block-advice = OKX 양식에 인쇄된 그대로 정확히 입력하세요. 이름에는 검증 숫자가 없으니 철자를 신분증과 대조해 확인하세요.
