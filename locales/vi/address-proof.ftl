# Proof of address: what OKX does not publish, said as such (kyc-knowledge §1.6).

address-proof-unpublished = OKX không công bố những giấy tờ nào được chấp nhận làm bằng chứng địa chỉ, cũng không có giới hạn chung về thời gian cấp. Nếu yêu cầu không nói rõ, hãy hỏi bộ phận hỗ trợ chính thức của OKX (Support Center) trước khi gửi. Mình không kiểm tra được giấy tờ này ở đây: phần kiểm tra ảnh của mình dành cho giấy tờ tùy thân.
