// Generated from packages/api-client/openapi.json by `npm run api:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tình trạng hệ thống: trạng thái cơ sở dữ liệu ở lần kiểm tra gần nhất
         * @description Public, for supervisors and load balancers: the state only. The database engine and the migration level are system facts for administrators (GET /api/system).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bản cài đặt trình diễn (tài khoản mẫu với mật khẩu công khai) hay không
         * @description Bản cài đặt trình diễn (tài khoản mẫu với mật khẩu công khai) hay không
         */
        get: operations["getDemo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng nhập
         * @description Sai tên hoặc mật khẩu: 401 như nhau cho mọi tên. Sai nhiều lần: 429 RATE_LIMITED (details.retryAfterSeconds, header Retry-After), theo tài khoản từ một địa chỉ, theo tài khoản (tối đa 30 giây) và theo địa chỉ.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng xuất
         * @description Đăng xuất
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Người dùng đang đăng nhập
         * @description Người dùng đang đăng nhập
         */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đổi mật khẩu
         * @description Mật khẩu hiện tại sai: 400 WRONG_CURRENT_PASSWORD với lỗi ở trường currentPassword (phiên vẫn giữ); sai nhiều lần: 429 với thời gian chờ tăng dần.
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tài khoản trong phạm vi quản lý
         * @description Danh sách tài khoản trong phạm vi quản lý
         */
        get: operations["getUsers"];
        put?: never;
        /**
         * Tạo tài khoản
         * @description Tạo tài khoản
         */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * getUsersById
         * @description getUsersById
         */
        get: operations["getUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sửa, khóa/mở khóa, đặt lại mật khẩu
         * @description Sửa, khóa/mở khóa, đặt lại mật khẩu
         */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/geo/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đơn vị hành chính theo ngày: danh sách tỉnh, đơn vị con, hoặc tìm kiếm không dấu
         * @description Đơn vị hành chính theo ngày: danh sách tỉnh, đơn vị con, hoặc tìm kiếm không dấu
         */
        get: operations["getGeoUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geo/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số đơn vị hành chính mỗi cấp vào một ngày
         * @description Số đơn vị hành chính mỗi cấp vào một ngày
         */
        get: operations["getGeoCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geo/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một đơn vị hành chính theo ngày, với cấp trên và quan hệ sáp nhập 2025
         * @description Một đơn vị hành chính theo ngày, với cấp trên và quan hệ sáp nhập 2025
         */
        get: operations["getGeoUnitsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/catalogues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các danh mục dùng chung
         * @description Các danh mục dùng chung
         */
        get: operations["getReferenceCatalogues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/catalogues/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các mục của một danh mục, hiệu lực vào ngày chọn
         * @description Các mục của một danh mục, hiệu lực vào ngày chọn
         */
        get: operations["getReferenceCataloguesByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch ngày nghỉ lễ, nghỉ bù và thứ Bảy làm bù của một năm
         * @description Lịch ngày nghỉ lễ, nghỉ bù và thứ Bảy làm bù của một năm
         */
        get: operations["getCalendarYearsByYear"];
        /**
         * Quản trị: xác nhận lịch nghỉ của năm đã có thông báo chính thức
         * @description Quản trị: xác nhận lịch nghỉ của năm đã có thông báo chính thức
         */
        put: operations["putCalendarYearsByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ngày hết hạn của một thời hạn tính bằng ngày làm việc
         * @description Ngày hết hạn của một thời hạn tính bằng ngày làm việc
         */
        get: operations["getCalendarDueDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Quản trị: sửa một ngày của lịch (ưu tiên hơn dữ liệu gốc)
         * @description Quản trị: sửa một ngày của lịch (ưu tiên hơn dữ liệu gốc)
         */
        put: operations["putCalendarDaysByDate"];
        post?: never;
        /**
         * Quản trị: bỏ sửa đổi của một ngày, trở lại theo dữ liệu gốc
         * @description Quản trị: bỏ sửa đổi của một ngày, trở lại theo dữ liệu gốc
         */
        delete: operations["deleteCalendarDaysByDate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử thay đổi của một bản ghi (hoặc mọi bản ghi trong phạm vi)
         * @description Lịch sử thay đổi của một bản ghi (hoặc mọi bản ghi trong phạm vi)
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhật ký an ninh: đăng nhập, đăng xuất, đổi mật khẩu, phiên, từ chối truy cập (chỉ quản trị hệ thống)
         * @description Nhật ký an ninh: đăng nhập, đăng xuất, đổi mật khẩu, phiên, từ chối truy cập (chỉ quản trị hệ thống)
         */
        get: operations["getSecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách mã truy cập API (chỉ tiền tố, không bao giờ có mã bí mật)
         * @description Danh sách mã truy cập API (chỉ tiền tố, không bao giờ có mã bí mật)
         */
        get: operations["getApiTokens"];
        put?: never;
        /**
         * Tạo mã truy cập API cho một vai trò và đơn vị; mã bí mật chỉ hiện một lần
         * @description Tạo mã truy cập API cho một vai trò và đơn vị; mã bí mật chỉ hiện một lần
         */
        post: operations["postApiTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thu hồi mã truy cập API (có hiệu lực ngay)
         * @description Thu hồi mã truy cập API (có hiệu lực ngay)
         */
        post: operations["postApiTokensByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trang tổng quan: số liệu chính của đơn vị và việc đang chờ người dùng
         * @description Lực lượng lao động, có việc, thất nghiệp và tỷ lệ thất nghiệp, tỷ lệ đã qua đào tạo (có bằng/chứng chỉ), tỷ lệ hộ nghèo và cận nghèo với thay đổi so với kỳ rà soát năm trước (điểm %); việc chờ: tệp đã tải lên chưa chạy hoặc bị gián đoạn, người cần xác nhận đơn vị, yêu cầu chuyển đi chờ quyết định. Phần nào người dùng không có quyền thì là null.
         */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Thông tin hệ thống: loại và phiên bản cơ sở dữ liệu, mức migration (quản trị hệ thống)
         * @description Thông tin hệ thống: loại và phiên bản cơ sở dữ liệu, mức migration (quản trị hệ thống)
         */
        get: operations["getSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hộ gia đình trong phạm vi quản lý, kèm kết quả phân loại
         * @description Danh sách hộ gia đình trong phạm vi quản lý, kèm kết quả phân loại
         */
        get: operations["getHouseholds"];
        put?: never;
        /**
         * Thêm hộ gia đình
         * @description Thêm hộ gia đình
         */
        post: operations["postHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/poverty-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tỷ lệ hộ nghèo, hộ cận nghèo của tỉnh hoặc xã theo năm rà soát
         * @description Tỷ lệ hộ nghèo, hộ cận nghèo của tỉnh hoặc xã theo năm rà soát
         */
        get: operations["getHouseholdsPovertyRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một hộ gia đình: thành viên và các kỳ rà soát
         * @description Một hộ gia đình: thành viên và các kỳ rà soát
         */
        get: operations["getHouseholdsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sửa thông tin hộ, thay danh sách thành viên, ghi nhận hộ giải thể
         * @description Sửa thông tin hộ, thay danh sách thành viên, ghi nhận hộ giải thể
         */
        patch: operations["patchHouseholdsById"];
        trace?: never;
    };
    "/api/households/{id}/reviews/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ghi hoặc sửa kết quả rà soát hộ nghèo, cận nghèo của một năm
         * @description Ghi hoặc sửa kết quả rà soát hộ nghèo, cận nghèo của một năm
         */
        put: operations["putHouseholdsByIdReviewsByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/household-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần nhập danh sách hộ gần đây
         * @description Các lần nhập danh sách hộ gần đây
         */
        get: operations["getHouseholdImports"];
        put?: never;
        /**
         * Tải lên danh sách hộ (.xlsx/.csv; multipart: file, tùy chọn unitCode) — trả về ánh xạ cột và các dòng đầu
         * @description Tải lên danh sách hộ (.xlsx/.csv; multipart: file, tùy chọn unitCode) — trả về ánh xạ cột và các dòng đầu
         */
        post: operations["postHouseholdImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/household-imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tệp mẫu danh sách hộ: các cột hệ thống nhận biết và một dòng ví dụ
         * @description Tệp mẫu danh sách hộ: các cột hệ thống nhận biết và một dòng ví dụ
         */
        get: operations["getHouseholdImportsTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/household-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tiến độ và kết quả một lần nhập danh sách hộ
         * @description Tiến độ và kết quả một lần nhập danh sách hộ
         */
        get: operations["getHouseholdImportsById"];
        put?: never;
        post?: never;
        /**
         * Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)
         * @description Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)
         */
        delete: operations["deleteHouseholdImportsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/household-imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chạy (hoặc chạy lại) việc nhập danh sách hộ với ánh xạ cột đã xác nhận
         * @description Chạy (hoặc chạy lại) việc nhập danh sách hộ với ánh xạ cột đã xác nhận
         */
        post: operations["postHouseholdImportsByIdRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/household-imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tệp .xlsx các dòng lỗi của lần nhập danh sách hộ (số dòng và lý do)
         * @description Tệp .xlsx các dòng lỗi của lần nhập danh sách hộ (số dòng và lý do)
         */
        get: operations["getHouseholdImportsByIdErrorsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Yêu cầu chuyển người đến/đi của đơn vị (Transfer requests in and out of the unit)
         * @description Yêu cầu chuyển người đến/đi của đơn vị (Transfer requests in and out of the unit)
         */
        get: operations["getPeopleTransfers"];
        put?: never;
        /**
         * Gửi yêu cầu chuyển một người đang đăng ký tại đơn vị khác (Request a transfer)
         * @description Gửi yêu cầu chuyển một người đang đăng ký tại đơn vị khác (Request a transfer)
         */
        post: operations["postPeopleTransfers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một yêu cầu chuyển (A transfer request)
         * @description Một yêu cầu chuyển (A transfer request)
         */
        get: operations["getPeopleTransfersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/transfers/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đơn vị đang quản lý chấp nhận hoặc từ chối (The holding unit accepts or refuses)
         * @description Đơn vị đang quản lý chấp nhận hoặc từ chối (The holding unit accepts or refuses)
         */
        post: operations["postPeopleTransfersByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rút yêu cầu chuyển (Withdraw a request)
         * @description Rút yêu cầu chuyển (Withdraw a request)
         */
        post: operations["postPeopleTransfersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhân thân một người (A person of the registry)
         * @description Nhân thân một người (A person of the registry)
         */
        get: operations["getPeopleByPersonId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách người lao động (lọc, tìm không dấu, phân trang)
         * @description Danh sách người lao động (lọc, tìm không dấu, phân trang)
         */
        get: operations["getWorkers"];
        put?: never;
        /**
         * Thêm người lao động
         * @description Thêm người lao động
         */
        post: operations["postWorkers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lực lượng lao động, có việc làm, thất nghiệp, tỷ lệ qua đào tạo của một đơn vị trong một kỳ thu thập
         * @description Lực lượng lao động, có việc làm, thất nghiệp, tỷ lệ qua đào tạo của một đơn vị trong một kỳ thu thập
         */
        get: operations["getWorkersStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/export.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xuất danh sách đang lọc ra .xlsx hoặc .csv (không giới hạn số dòng; được ghi nhật ký)
         * @description Xuất danh sách đang lọc ra .xlsx hoặc .csv (không giới hạn số dòng; được ghi nhật ký)
         */
        get: operations["getWorkersExportByFormat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hồ sơ một người lao động
         * @description Hồ sơ một người lao động
         */
        get: operations["getWorkersByPersonId"];
        /**
         * Sửa hồ sơ (kèm version đã đọc)
         * @description Sửa hồ sơ (kèm version đã đọc)
         */
        put: operations["putWorkersByPersonId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần nhập danh sách người lao động gần đây
         * @description Các lần nhập danh sách người lao động gần đây
         */
        get: operations["getWorkerImports"];
        put?: never;
        /**
         * Tải lên danh sách người lao động (.xlsx/.csv; multipart: file, tùy chọn unitCode, roundYear) — trả về ánh xạ cột và các dòng đầu
         * @description Tải lên danh sách người lao động (.xlsx/.csv; multipart: file, tùy chọn unitCode, roundYear) — trả về ánh xạ cột và các dòng đầu
         */
        post: operations["postWorkerImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-imports/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số ngày giữ tệp đã tải lên (tệp chưa chạy nhập hoặc đã nhập xong sẽ bị xóa sau thời hạn này)
         * @description Số ngày giữ tệp đã tải lên (tệp chưa chạy nhập hoặc đã nhập xong sẽ bị xóa sau thời hạn này)
         */
        get: operations["getWorkerImportsRetention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tệp mẫu danh sách người lao động: các cột hệ thống nhận biết và một dòng ví dụ
         * @description Tệp mẫu danh sách người lao động: các cột hệ thống nhận biết và một dòng ví dụ
         */
        get: operations["getWorkerImportsTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tiến độ và kết quả một lần nhập danh sách người lao động
         * @description Tiến độ và kết quả một lần nhập danh sách người lao động
         */
        get: operations["getWorkerImportsById"];
        put?: never;
        post?: never;
        /**
         * Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)
         * @description Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)
         */
        delete: operations["deleteWorkerImportsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chạy (hoặc chạy lại) việc nhập danh sách người lao động với ánh xạ cột đã xác nhận
         * @description Chạy (hoặc chạy lại) việc nhập danh sách người lao động với ánh xạ cột đã xác nhận
         */
        post: operations["postWorkerImportsByIdRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tệp .xlsx các dòng lỗi của lần nhập danh sách người lao động (số dòng và lý do)
         * @description Tệp .xlsx các dòng lỗi của lần nhập danh sách người lao động (số dòng và lý do)
         */
        get: operations["getWorkerImportsByIdErrorsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các loại hồ sơ khai báo (bước, thời hạn, căn cứ pháp lý) (Declared dossier types)
         * @description Các loại hồ sơ khai báo (bước, thời hạn, căn cứ pháp lý) (Declared dossier types)
         */
        get: operations["getDossierTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ trong phạm vi, mới nhất trước; lọc theo loại, trạng thái, bước, đơn vị, tên (không dấu), ngày nộp (List dossiers)
         * @description Danh sách hồ sơ trong phạm vi, mới nhất trước; lọc theo loại, trạng thái, bước, đơn vị, tên (không dấu), ngày nộp (List dossiers)
         */
        get: operations["getDossiers"];
        put?: never;
        /**
         * Lập hồ sơ (bản nháp) (Create a draft dossier)
         * @description Lập hồ sơ (bản nháp) (Create a draft dossier)
         */
        post: operations["postDossiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hàng đợi xử lý: của tôi, quá hạn, sắp đến hạn (Work queues)
         * @description Hàng đợi xử lý: của tôi, quá hạn, sắp đến hạn (Work queues)
         */
        get: operations["getDossiersQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tổng hợp thời hạn giải quyết theo đơn vị, bước và kỳ (SLA summary)
         * @description Tổng hợp thời hạn giải quyết theo đơn vị, bước và kỳ (SLA summary)
         */
        get: operations["getDossiersSla"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một hồ sơ, các bước và thời hạn (A dossier)
         * @description Một hồ sơ, các bước và thời hạn (A dossier)
         */
        get: operations["getDossiersById"];
        /**
         * Sửa bản nháp (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa hoặc đã nộp) (Edit a draft)
         * @description Sửa bản nháp (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa hoặc đã nộp) (Edit a draft)
         */
        put: operations["putDossiersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thực hiện một thao tác: nộp, tiếp nhận, yêu cầu bổ sung, phê duyệt … (Act on a dossier)
         * @description Thực hiện một thao tác: nộp, tiếp nhận, yêu cầu bổ sung, phê duyệt … (Act on a dossier)
         */
        post: operations["postDossiersByIdActionsByAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử xử lý hồ sơ (Event history)
         * @description Lịch sử xử lý hồ sơ (Event history)
         */
        get: operations["getDossiersByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giấy tiếp nhận hồ sơ và hẹn trả kết quả: số, ngày nhận, ngày hẹn trả (Receipt data)
         * @description Giấy tiếp nhận hồ sơ và hẹn trả kết quả: số, ngày nhận, ngày hẹn trả (Receipt data)
         */
        get: operations["getDossiersByIdReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/receipt.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (.docx)
         * @description Giấy tiếp nhận hồ sơ và hẹn trả kết quả (.docx)
         */
        get: operations["getDossiersByIdReceiptDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/decisions/{decisionId}.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quyết định đã ban hành (.docx) (A decision as .docx)
         * @description Quyết định đã ban hành (.docx) (A decision as .docx)
         */
        get: operations["getDossiersByIdDecisionsByDecisionIdDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tệp đính kèm của hồ sơ (Attachments)
         * @description Tệp đính kèm của hồ sơ (Attachments)
         */
        get: operations["getDossiersByIdAttachments"];
        put?: never;
        /**
         * Đính kèm tệp PDF, ảnh hoặc Office (multipart: documentCode, rồi file) (Attach a file)
         * @description Đính kèm tệp PDF, ảnh hoặc Office (multipart: documentCode, rồi file) (Attach a file)
         */
        post: operations["postDossiersByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải tệp đính kèm (Download an attachment)
         * @description Tải tệp đính kèm (Download an attachment)
         */
        get: operations["getDossiersByIdAttachmentsByAttachmentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách người sử dụng lao động trong phạm vi; tìm theo tên (không dấu) hoặc đầu mã số thuế
         * @description Danh sách người sử dụng lao động trong phạm vi; tìm theo tên (không dấu) hoặc đầu mã số thuế
         */
        get: operations["getEmployers"];
        put?: never;
        /**
         * Thêm người sử dụng lao động (mã số thuế đã có bị từ chối)
         * @description Thêm người sử dụng lao động (mã số thuế đã có bị từ chối)
         */
        post: operations["postEmployers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/export.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xuất danh sách người sử dụng lao động đang lọc ra .xlsx hoặc .csv (được ghi nhật ký)
         * @description Xuất danh sách người sử dụng lao động đang lọc ra .xlsx hoặc .csv (được ghi nhật ký)
         */
        get: operations["getEmployersExportByFormat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một người sử dụng lao động
         * @description Một người sử dụng lao động
         */
        get: operations["getEmployersById"];
        /**
         * Sửa thông tin người sử dụng lao động (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa)
         * @description Sửa thông tin người sử dụng lao động (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa)
         */
        put: operations["putEmployersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gắn một tài khoản doanh nghiệp với người sử dụng lao động này (quản trị viên, cán bộ cấp tỉnh)
         * @description Gắn một tài khoản doanh nghiệp với người sử dụng lao động này (quản trị viên, cán bộ cấp tỉnh)
         */
        post: operations["postEmployersByIdAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần nhập danh sách người sử dụng lao động gần đây
         * @description Các lần nhập danh sách người sử dụng lao động gần đây
         */
        get: operations["getEmployerImports"];
        put?: never;
        /**
         * Tải lên danh sách người sử dụng lao động (.xlsx/.csv; multipart: file, tùy chọn unitCode) — trả về ánh xạ cột và các dòng đầu
         * @description Tải lên danh sách người sử dụng lao động (.xlsx/.csv; multipart: file, tùy chọn unitCode) — trả về ánh xạ cột và các dòng đầu
         */
        post: operations["postEmployerImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tệp mẫu danh sách người sử dụng lao động: các cột hệ thống nhận biết và một dòng ví dụ
         * @description Tệp mẫu danh sách người sử dụng lao động: các cột hệ thống nhận biết và một dòng ví dụ
         */
        get: operations["getEmployerImportsTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tiến độ và kết quả một lần nhập danh sách người sử dụng lao động
         * @description Tiến độ và kết quả một lần nhập danh sách người sử dụng lao động
         */
        get: operations["getEmployerImportsById"];
        put?: never;
        post?: never;
        /**
         * Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)
         * @description Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)
         */
        delete: operations["deleteEmployerImportsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chạy (hoặc chạy lại) việc nhập danh sách người sử dụng lao động với ánh xạ cột đã xác nhận
         * @description Chạy (hoặc chạy lại) việc nhập danh sách người sử dụng lao động với ánh xạ cột đã xác nhận
         */
        post: operations["postEmployerImportsByIdRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employer-imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tệp .xlsx các dòng lỗi của lần nhập danh sách người sử dụng lao động (số dòng và lý do)
         * @description Tệp .xlsx các dòng lỗi của lần nhập danh sách người sử dụng lao động (số dòng và lý do)
         */
        get: operations["getEmployerImportsByIdErrorsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách cơ sở giáo dục nghề nghiệp trong phạm vi; tìm theo tên (không dấu) hoặc mã
         * @description Danh sách cơ sở giáo dục nghề nghiệp trong phạm vi; tìm theo tên (không dấu) hoặc mã
         */
        get: operations["getInstitutions"];
        put?: never;
        /**
         * Thêm cơ sở giáo dục nghề nghiệp (cán bộ cấp tỉnh)
         * @description Thêm cơ sở giáo dục nghề nghiệp (cán bộ cấp tỉnh)
         */
        post: operations["postInstitutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/institutions/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chọn cơ sở giáo dục nghề nghiệp: tên, mã, xã (cả tài khoản doanh nghiệp) (Institution picker)
         * @description Chọn cơ sở giáo dục nghề nghiệp: tên, mã, xã (cả tài khoản doanh nghiệp) (Institution picker)
         */
        get: operations["getInstitutionsOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một cơ sở giáo dục nghề nghiệp
         * @description Một cơ sở giáo dục nghề nghiệp
         */
        get: operations["getInstitutionsById"];
        /**
         * Sửa cơ sở giáo dục nghề nghiệp (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa)
         * @description Sửa cơ sở giáo dục nghề nghiệp (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa)
         */
        put: operations["putInstitutionsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-support/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đánh giá điều kiện và mức hỗ trợ của đơn (không lưu) (Assess a draft application)
         * @description Đánh giá điều kiện và mức hỗ trợ của đơn (không lưu) (Assess a draft application)
         */
        post: operations["postTrainingSupportAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-support/dossiers/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đánh giá điều kiện và mức hỗ trợ của hồ sơ (Assessment of a dossier)
         * @description Đánh giá điều kiện và mức hỗ trợ của hồ sơ (Assessment of a dossier)
         */
        get: operations["getTrainingSupportDossiersByIdAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-support/trainee-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đọc danh sách người lao động (Mẫu 02 Phụ lục I, .xlsx/.csv) (Read a trainee list)
         * @description Đọc danh sách người lao động (Mẫu 02 Phụ lục I, .xlsx/.csv) (Read a trainee list)
         */
        post: operations["postTrainingSupportTraineeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-support/dossiers/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận chi trả kinh phí hỗ trợ (Record a payment)
         * @description Ghi nhận chi trả kinh phí hỗ trợ (Record a payment)
         */
        post: operations["postTrainingSupportDossiersByIdPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-support/dossiers/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Báo cáo kết quả đào tạo và quyết toán (Report the training result)
         * @description Báo cáo kết quả đào tạo và quyết toán (Report the training result)
         */
        put: operations["putTrainingSupportDossiersByIdResult"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-support/dossiers/{id}/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kinh phí thu hồi theo người lao động và tổng số (Recovery per worker and in total)
         * @description Kinh phí thu hồi theo người lao động và tổng số (Recovery per worker and in total)
         */
        get: operations["getTrainingSupportDossiersByIdRecovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-support/dossiers/{id}/trainees.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách người lao động được hỗ trợ gửi cơ quan bảo hiểm xã hội (.xlsx) (Trainee list for the social insurance)
         * @description Danh sách người lao động được hỗ trợ gửi cơ quan bảo hiểm xã hội (.xlsx) (Trainee list for the social insurance)
         */
        get: operations["getTrainingSupportDossiersByIdTraineesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            error: {
                /**
                 * @description Mã lỗi (bảng mã dùng chung)
                 * @enum {string}
                 */
                code: "VALIDATION" | "BAD_REQUEST" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "RATE_LIMITED" | "CSRF" | "PASSWORD_CHANGE_REQUIRED" | "WRONG_CURRENT_PASSWORD" | "FORBIDDEN" | "OUT_OF_SCOPE" | "NOT_FOUND" | "CONFLICT" | "DUPLICATE" | "CONCURRENT" | "WEAK_PASSWORD" | "PAYLOAD_TOO_LARGE" | "DB_UNAVAILABLE" | "QUERY_TIMEOUT" | "INTERNAL";
                /** @description Thông báo tiếng Việt */
                message: string;
                /** @description Message in English */
                messageEn: string;
                /** @description Chi tiết: với lỗi dữ liệu (VALIDATION) là danh sách { field, message, messageEn } theo tên trường của hợp đồng */
                details?: unknown;
                /** @description Mã yêu cầu, để tra nhật ký */
                requestId: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "degraded" | "unavailable";
                        database: {
                            state: "up" | "busy" | "down" | "unknown";
                            checkedAt: string | null;
                            lastUpAt: string | null;
                            latencyMs: number | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "degraded" | "unavailable";
                        database: {
                            state: "up" | "busy" | "down" | "unknown";
                            checkedAt: string | null;
                            lastUpAt: string | null;
                            latencyMs: number | null;
                        };
                    };
                };
            };
        };
    };
    getDemo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        demo: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: plain-text */
                    username: string;
                    /** Format: secret */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: number;
                            username: string;
                            fullName: string;
                            role: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            unitCode: string | null;
                            unitName: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string | null;
                            employerId?: number | null;
                            mustChangePassword: boolean;
                            capabilities: string[];
                            scope: {
                                /** @enum {string} */
                                kind: "national";
                            } | {
                                /** @enum {string} */
                                kind: "province";
                                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                                provinceCode: string;
                            } | {
                                /** @enum {string} */
                                kind: "commune";
                                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                                provinceCode: string;
                                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                                communeCode: string;
                            };
                        };
                        csrfToken: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau / Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "RATE_LIMITED",
                     *         "message": "Quá nhiều yêu cầu, vui lòng thử lại sau",
                     *         "messageEn": "Too many requests; try again later",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau / Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "RATE_LIMITED",
                     *         "message": "Quá nhiều yêu cầu, vui lòng thử lại sau",
                     *         "messageEn": "Too many requests; try again later",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: number;
                            username: string;
                            fullName: string;
                            role: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            unitCode: string | null;
                            unitName: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string | null;
                            employerId?: number | null;
                            mustChangePassword: boolean;
                            capabilities: string[];
                            scope: {
                                /** @enum {string} */
                                kind: "national";
                            } | {
                                /** @enum {string} */
                                kind: "province";
                                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                                provinceCode: string;
                            } | {
                                /** @enum {string} */
                                kind: "commune";
                                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                                provinceCode: string;
                                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                                communeCode: string;
                            };
                        };
                        csrfToken: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau / Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "RATE_LIMITED",
                     *         "message": "Quá nhiều yêu cầu, vui lòng thử lại sau",
                     *         "messageEn": "Too many requests; try again later",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: secret */
                    currentPassword: string;
                    /** Format: secret */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau / Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "RATE_LIMITED",
                     *         "message": "Quá nhiều yêu cầu, vui lòng thử lại sau",
                     *         "messageEn": "Too many requests; try again later",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query: {
                q?: string;
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            username: string;
                            fullName: string;
                            email: string | null;
                            role: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            unitCode: string | null;
                            unitName: string | null;
                            active: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            version: number;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: plain-text */
                    username: string;
                    /** Format: plain-text */
                    fullName: string;
                    email?: string | null;
                    role: "system_admin" | "province_officer" | "commune_officer" | "employment_centre" | "training_institution" | "employer" | "viewer";
                    /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                    unitCode: string | null;
                    /** Format: secret */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        fullName: string;
                        email: string | null;
                        role: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string | null;
                        unitName: string | null;
                        active: boolean;
                        lockedUntil: string | null;
                        lastLoginAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        fullName: string;
                        email: string | null;
                        role: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string | null;
                        unitName: string | null;
                        active: boolean;
                        lockedUntil: string | null;
                        lastLoginAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    /** Format: plain-text */
                    fullName?: string;
                    email?: string | null;
                    role?: "system_admin" | "province_officer" | "commune_officer" | "employment_centre" | "training_institution" | "employer" | "viewer";
                    /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                    unitCode?: string | null;
                    active?: boolean;
                    unlock?: boolean;
                    /** Format: secret */
                    newPassword?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        fullName: string;
                        email: string | null;
                        role: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string | null;
                        unitName: string | null;
                        active: boolean;
                        lockedUntil: string | null;
                        lastLoginAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getGeoUnits: {
        parameters: {
            query: {
                /** @description Date, YYYY-MM-DD (a real day) */
                asOf?: string;
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                parent?: string;
                q?: string;
                level?: "province" | "district" | "commune";
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        level: string;
                        kind: string;
                        name: string;
                        parentCode: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        validFrom: string | null;
                        validTo: string | null;
                        childCount?: number;
                    }[];
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getGeoCounts: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        province: number;
                        district: number;
                        commune: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getGeoUnitsByCode: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            level: string;
                            kind: string;
                            name: string;
                            parentCode: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            validFrom: string | null;
                            validTo: string | null;
                            childCount?: number;
                        };
                        ancestors: {
                            code: string;
                            level: string;
                            kind: string;
                            name: string;
                            parentCode: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            validFrom: string | null;
                            validTo: string | null;
                            childCount?: number;
                        }[];
                        /** @description For a pre-reform commune: the commune(s) it became */
                        becameUnits: {
                            code: string;
                            name: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            provinceName: string | null;
                            districtName: string | null;
                            mergeType: string;
                        }[];
                        /** @description For a post-reform commune: the communes it came from */
                        cameFromUnits: {
                            code: string;
                            name: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            provinceName: string | null;
                            districtName: string | null;
                            mergeType: string;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReferenceCatalogues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The catalogue name in the API (its file name) */
                        catalogue: string;
                        title: {
                            vi: string;
                            en: string;
                        };
                        items: number;
                        unverified: number;
                    }[];
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReferenceCataloguesByName: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        nameVi: string;
                        nameEn: string | null;
                        parentCode: string | null;
                        validFrom: string | null;
                        validTo: string | null;
                        source: string;
                        verified: boolean;
                        attributes: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCalendarYearsByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        status: "published" | "provisional" | "missing";
                        notice: string;
                        grade: "A" | "B" | "C";
                        days: {
                            /**
                             * Format: calendar-date
                             * @description Date, YYYY-MM-DD (a real day)
                             */
                            date: string;
                            /** @description holiday: ngày lễ, Tết; day_off: nghỉ bù, nghỉ hoán đổi; working_saturday: thứ Bảy làm bù; normal: hủy một ngoại lệ */
                            kind: "holiday" | "day_off" | "working_saturday" | "normal";
                            nameVi: string;
                            nameEn: string;
                            legalBasis: string;
                            source: string;
                            grade: "A" | "B" | "C";
                            origin: "data" | "admin";
                        }[];
                        /** @description Số ngày làm việc trong năm */
                        workingDays: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putCalendarYearsByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "published" | "provisional";
                    /** Format: plain-text */
                    notice: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        status: "published" | "provisional" | "missing";
                        notice: string;
                        grade: "A" | "B" | "C";
                        days: {
                            /**
                             * Format: calendar-date
                             * @description Date, YYYY-MM-DD (a real day)
                             */
                            date: string;
                            /** @description holiday: ngày lễ, Tết; day_off: nghỉ bù, nghỉ hoán đổi; working_saturday: thứ Bảy làm bù; normal: hủy một ngoại lệ */
                            kind: "holiday" | "day_off" | "working_saturday" | "normal";
                            nameVi: string;
                            nameEn: string;
                            legalBasis: string;
                            source: string;
                            grade: "A" | "B" | "C";
                            origin: "data" | "admin";
                        }[];
                        /** @description Số ngày làm việc trong năm */
                        workingDays: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCalendarDueDate: {
        parameters: {
            query: {
                /** @description Date, YYYY-MM-DD (a real day) */
                start: string;
                workingDays: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: calendar-date
                         * @description Date, YYYY-MM-DD (a real day)
                         */
                        start: string;
                        workingDays: number;
                        /**
                         * Format: calendar-date
                         * @description Date, YYYY-MM-DD (a real day)
                         */
                        due: string;
                        /** @description Hạn rơi vào năm chưa có thông báo lịch nghỉ chính thức */
                        provisional: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putCalendarDaysByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Date, YYYY-MM-DD (a real day) */
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description holiday: ngày lễ, Tết; day_off: nghỉ bù, nghỉ hoán đổi; working_saturday: thứ Bảy làm bù; normal: hủy một ngoại lệ */
                    kind: "holiday" | "day_off" | "working_saturday" | "normal";
                    /** Format: plain-text */
                    nameVi: string;
                    /** Format: plain-text */
                    nameEn: string;
                    /**
                     * Format: plain-text
                     * @description Văn bản quyết định ngày này
                     */
                    legalBasis: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        status: "published" | "provisional" | "missing";
                        notice: string;
                        grade: "A" | "B" | "C";
                        days: {
                            /**
                             * Format: calendar-date
                             * @description Date, YYYY-MM-DD (a real day)
                             */
                            date: string;
                            /** @description holiday: ngày lễ, Tết; day_off: nghỉ bù, nghỉ hoán đổi; working_saturday: thứ Bảy làm bù; normal: hủy một ngoại lệ */
                            kind: "holiday" | "day_off" | "working_saturday" | "normal";
                            nameVi: string;
                            nameEn: string;
                            legalBasis: string;
                            source: string;
                            grade: "A" | "B" | "C";
                            origin: "data" | "admin";
                        }[];
                        /** @description Số ngày làm việc trong năm */
                        workingDays: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCalendarDaysByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Date, YYYY-MM-DD (a real day) */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        status: "published" | "provisional" | "missing";
                        notice: string;
                        grade: "A" | "B" | "C";
                        days: {
                            /**
                             * Format: calendar-date
                             * @description Date, YYYY-MM-DD (a real day)
                             */
                            date: string;
                            /** @description holiday: ngày lễ, Tết; day_off: nghỉ bù, nghỉ hoán đổi; working_saturday: thứ Bảy làm bù; normal: hủy một ngoại lệ */
                            kind: "holiday" | "day_off" | "working_saturday" | "normal";
                            nameVi: string;
                            nameEn: string;
                            legalBasis: string;
                            source: string;
                            grade: "A" | "B" | "C";
                            origin: "data" | "admin";
                        }[];
                        /** @description Số ngày làm việc trong năm */
                        workingDays: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query: {
                /** @description Record type, e.g. worker, household, user */
                entityType?: string;
                entityId?: string;
                /** @description Account name, exact (case-insensitive); api:<prefix> for an API token */
                user?: string;
                /** @description create, update, transfer, export, revoke … */
                action?: string;
                /** @description Entries recorded in this province (2 digits, its communes included) or commune (5 digits) */
                unitCode?: string;
                /** @description Date, YYYY-MM-DD (a real day) */
                from?: string;
                /** @description Date, YYYY-MM-DD (a real day) */
                to?: string;
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** @description ISO 8601 time */
                            at: string;
                            actorName: string | null;
                            actor: {
                                /** @description user | import (rows landed by a file import) | api_token | system (start-up, demo data) */
                                kind: "user" | "import" | "api_token" | "system";
                                userId: number | null;
                                /**
                                 * @description Vietnamese, for people: the full name, "hệ thống (nhập tệp)", "mã API «…»" or "hệ thống"
                                 * @example Nguyễn Thị Lan
                                 * @example hệ thống (nhập tệp)
                                 */
                                label: string;
                                /**
                                 * @example Nguyễn Thị Lan
                                 * @example system (file import)
                                 */
                                labelEn: string;
                            };
                            /**
                             * @example create
                             * @example update
                             * @example transfer
                             * @example export
                             * @example revoke
                             */
                            action: string;
                            /**
                             * @example worker
                             * @example household
                             * @example user
                             */
                            entityType: string;
                            entityId: string | null;
                            entityCount: number | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            unitCode: string | null;
                            before: unknown;
                            after: unknown;
                            note: string | null;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSecurityEvents: {
        parameters: {
            query: {
                kind?: "login" | "login_throttled" | "logout" | "password_change" | "password_change_throttled" | "session_revoked" | "session_expired" | "csrf_refused" | "access_refused" | "password_change_required" | "api_token_use" | "export" | "upload" | "import_failed";
                outcome?: "success" | "failure" | "refused";
                user?: string;
                /** @description From this day (Vietnam time), inclusive */
                from?: string;
                /** @description To this day (Vietnam time), inclusive */
                to?: string;
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** @description ISO 8601 time */
                            at: string;
                            kind: string;
                            outcome: string;
                            actorId: number | null;
                            actorName: string | null;
                            ip: string | null;
                            userAgent: string | null;
                            reason: string | null;
                            target: string | null;
                            requestId: string | null;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        /** @example lmis_3Fq9xK2a */
                        prefix: string;
                        /** @description A role of ROLES (packages/contracts auth.ts) */
                        role: string;
                        /** @description The role in Vietnamese */
                        roleName: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string | null;
                        unitName: string | null;
                        /** @description Full name of the administrator who created it */
                        createdByName: string;
                        /** @description ISO 8601 time */
                        createdAt: string;
                        /** @description ISO 8601 time */
                        expiresAt: string;
                        /** @description ISO 8601 time, to the minute */
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        status: "active" | "expired" | "revoked";
                    }[];
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: plain-text
                     * @description What the token is for, e.g. "Kho dữ liệu tỉnh Lạng Sơn"
                     * @example Kho dữ liệu tỉnh Lạng Sơn
                     */
                    name: string;
                    role: "system_admin" | "province_officer" | "commune_officer" | "employment_centre" | "training_institution" | "employer" | "viewer";
                    /**
                     * @description The unit the token works in: a province (2 digits) or a commune (5 digits), as in /api/geo/units; null only for the system administrator role (nation-wide). Mã đơn vị hành chính (GET /api/geo/units)
                     * @example 20
                     */
                    unitCode: string | null;
                    /**
                     * @description Days until the token stops working (1–365)
                     * @example 90
                     */
                    expiresInDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            id: number;
                            name: string;
                            /** @example lmis_3Fq9xK2a */
                            prefix: string;
                            /** @description A role of ROLES (packages/contracts auth.ts) */
                            role: string;
                            /** @description The role in Vietnamese */
                            roleName: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            unitCode: string | null;
                            unitName: string | null;
                            /** @description Full name of the administrator who created it */
                            createdByName: string;
                            /** @description ISO 8601 time */
                            createdAt: string;
                            /** @description ISO 8601 time */
                            expiresAt: string;
                            /** @description ISO 8601 time, to the minute */
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            status: "active" | "expired" | "revoked";
                        };
                        /**
                         * @description Send as "Authorization: Bearer <secret>". Shown once; only its hash is kept.
                         * @example lmis_3Fq9xK2aQ0v…
                         */
                        secret: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postApiTokensByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        /** @example lmis_3Fq9xK2a */
                        prefix: string;
                        /** @description A role of ROLES (packages/contracts auth.ts) */
                        role: string;
                        /** @description The role in Vietnamese */
                        roleName: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string | null;
                        unitName: string | null;
                        /** @description Full name of the administrator who created it */
                        createdByName: string;
                        /** @description ISO 8601 time */
                        createdAt: string;
                        /** @description ISO 8601 time */
                        expiresAt: string;
                        /** @description ISO 8601 time, to the minute */
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        status: "active" | "expired" | "revoked";
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHome: {
        parameters: {
            query?: {
                /**
                 * @description A unit inside the reader’s scope (a system administrator: any province, or none for the nation). Default: the reader’s own unit
                 * @example 20
                 */
                unitCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            /** @description null: the whole country */
                            code: string | null;
                            /** @example Tỉnh Lạng Sơn */
                            name: string;
                            level: "national" | "province" | "commune";
                        };
                        labour: {
                            /** @description The collection round the figures are of */
                            roundYear: number | null;
                            /** @description People on the labour-supply register in that round */
                            people: number;
                            /** @description Employed + unemployed (GSO labour-force concepts) */
                            labourForce: number;
                            employed: number;
                            unemployed: number;
                            /** @description Unemployed / labour force, percent; null when there is nothing to divide by */
                            unemploymentRate: number | null;
                            /** @description Labour force with a vocational or higher qualification, percent; null when there is nothing to divide by */
                            trainedShare: number | null;
                            /** @description Labour force with a diploma or certificate, percent; null when there is nothing to divide by */
                            certifiedShare: number | null;
                        } | null;
                        poverty: {
                            /** @description The latest review year recorded in the unit */
                            year: number;
                            households: number;
                            /** @description Poor households / households, percent; null when there is nothing to divide by */
                            poorRate: number | null;
                            /** @description Near-poor households / households, percent; null when there is nothing to divide by */
                            nearPoorRate: number | null;
                            /** @description Change of the poor rate since the previous year’s review, percentage points; null when there is nothing to divide by */
                            changePoorPp: number | null;
                            /** @description Change of the near-poor rate since the previous year’s review, percentage points; null when there is nothing to divide by */
                            changeNearPoorPp: number | null;
                        } | null;
                        pending: {
                            imports: {
                                /** @description Files uploaded but never run */
                                uploaded: number;
                                /** @description Imports a stop interrupted; they can be run again */
                                interrupted: number;
                            } | null;
                            /** @description People flagged for unit review (unit_needs_review) whose commune must be confirmed */
                            unitReview: number | null;
                            /** @description Transfer requests for people the unit holds, waiting on its decision */
                            transfers: number | null;
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSystem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: {
                            /** @description embedded: PGlite in DATA_DIR; postgres: native PostgreSQL (DATABASE_URL) */
                            kind: "embedded" | "postgres";
                            /** @example 18.6 */
                            version: string;
                        };
                        migrations: {
                            applied: number;
                            /** @example 0012_api-tokens */
                            latest: string | null;
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHouseholds: {
        parameters: {
            query: {
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                communeCode?: string;
                /** @description Head's name, diacritics optional */
                q?: string;
                /** @description Show (and filter on) this year's review class instead of the latest review's */
                classYear?: number;
                finalClass?: "poor" | "near_poor" | "other";
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            householdCode: string;
                            headName: string;
                            address: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                            areaType: string;
                            registeredOn: string;
                            dissolvedOn: string | null;
                            version: number;
                            reviewYear: number | null;
                            finalClass: string | null;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postHouseholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: plain-text */
                    householdCode: string;
                    /** Format: plain-text */
                    headName: string;
                    address?: string | null;
                    /**
                     * Format: plain-text
                     * @description Commune valid today. Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    communeCode: string;
                    /** @description Catalogue household-area-types: urban (thành thị) or rural (nông thôn). Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                    areaType: "urban" | "rural";
                    registeredOn?: string | null;
                    members?: {
                        personId?: string | null;
                        /** Format: plain-text */
                        fullName: string;
                        birthDate?: string | null;
                        sex?: ("male" | "female") | null;
                        relation?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        household: {
                            id: number;
                            householdCode: string;
                            headName: string;
                            address: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                            areaType: string;
                            registeredOn: string;
                            dissolvedOn: string | null;
                            version: number;
                            reviewYear: number | null;
                            finalClass: string | null;
                        };
                        members: {
                            id: number;
                            personId: string | null;
                            fullName: string;
                            birthDate: string | null;
                            sex: string | null;
                            relation: string | null;
                            /** @description The personal ID is in the worker register */
                            workerExists: boolean;
                        }[];
                        /** @description Oldest year first */
                        reviews: {
                            id: number;
                            householdId: number;
                            reviewYear: number;
                            reviewedOn: string;
                            /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                            areaType: string;
                            memberCount: number;
                            incomePerCapitaVnd: number;
                            /** @description Mã theo danh mục poverty-deprivation-indicators (GET /api/reference/catalogues/poverty-deprivation-indicators) */
                            deprivations: string[];
                            standard: {
                                id: number;
                                incomeThresholdVnd: number;
                                deprivationThreshold: number;
                                validFrom: string;
                                validTo: string | null;
                            };
                            computedClass: string;
                            overrideClass: string | null;
                            overrideReason: string | null;
                            finalClass: string;
                            previousClass: string | null;
                            transition: string | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHouseholdsPovertyRates: {
        parameters: {
            query: {
                /** @description Province or commune; default the user's unit */
                unitCode?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string;
                        unitName: string;
                        year: number;
                        households: number;
                        poor: number;
                        nearPoor: number;
                        poorRate: number | null;
                        nearPoorRate: number | null;
                        previousYear: {
                            year: number;
                            households: number;
                            poor: number;
                            nearPoor: number;
                            poorRate: number | null;
                            nearPoorRate: number | null;
                        } | null;
                        changePoorPp: number | null;
                        changeNearPoorPp: number | null;
                        escapedPoverty: number;
                        newlyPoor: number;
                        byCommune: {
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            communeName: string;
                            households: number;
                            poor: number;
                            nearPoor: number;
                            poorRate: number | null;
                            nearPoorRate: number | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHouseholdsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        household: {
                            id: number;
                            householdCode: string;
                            headName: string;
                            address: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                            areaType: string;
                            registeredOn: string;
                            dissolvedOn: string | null;
                            version: number;
                            reviewYear: number | null;
                            finalClass: string | null;
                        };
                        members: {
                            id: number;
                            personId: string | null;
                            fullName: string;
                            birthDate: string | null;
                            sex: string | null;
                            relation: string | null;
                            /** @description The personal ID is in the worker register */
                            workerExists: boolean;
                        }[];
                        /** @description Oldest year first */
                        reviews: {
                            id: number;
                            householdId: number;
                            reviewYear: number;
                            reviewedOn: string;
                            /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                            areaType: string;
                            memberCount: number;
                            incomePerCapitaVnd: number;
                            /** @description Mã theo danh mục poverty-deprivation-indicators (GET /api/reference/catalogues/poverty-deprivation-indicators) */
                            deprivations: string[];
                            standard: {
                                id: number;
                                incomeThresholdVnd: number;
                                deprivationThreshold: number;
                                validFrom: string;
                                validTo: string | null;
                            };
                            computedClass: string;
                            overrideClass: string | null;
                            overrideReason: string | null;
                            finalClass: string;
                            previousClass: string | null;
                            transition: string | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchHouseholdsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    /** Format: plain-text */
                    headName?: string;
                    address?: string | null;
                    /** @description Catalogue household-area-types: urban (thành thị) or rural (nông thôn). Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                    areaType?: "urban" | "rural";
                    /**
                     * Format: calendar-date
                     * @description Date, YYYY-MM-DD (a real day)
                     */
                    registeredOn?: string;
                    dissolvedOn?: string | null;
                    /** @description Replaces the whole list */
                    members?: {
                        personId?: string | null;
                        /** Format: plain-text */
                        fullName: string;
                        birthDate?: string | null;
                        sex?: ("male" | "female") | null;
                        relation?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        household: {
                            id: number;
                            householdCode: string;
                            headName: string;
                            address: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                            areaType: string;
                            registeredOn: string;
                            dissolvedOn: string | null;
                            version: number;
                            reviewYear: number | null;
                            finalClass: string | null;
                        };
                        members: {
                            id: number;
                            personId: string | null;
                            fullName: string;
                            birthDate: string | null;
                            sex: string | null;
                            relation: string | null;
                            /** @description The personal ID is in the worker register */
                            workerExists: boolean;
                        }[];
                        /** @description Oldest year first */
                        reviews: {
                            id: number;
                            householdId: number;
                            reviewYear: number;
                            reviewedOn: string;
                            /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                            areaType: string;
                            memberCount: number;
                            incomePerCapitaVnd: number;
                            /** @description Mã theo danh mục poverty-deprivation-indicators (GET /api/reference/catalogues/poverty-deprivation-indicators) */
                            deprivations: string[];
                            standard: {
                                id: number;
                                incomeThresholdVnd: number;
                                deprivationThreshold: number;
                                validFrom: string;
                                validTo: string | null;
                            };
                            computedClass: string;
                            overrideClass: string | null;
                            overrideReason: string | null;
                            finalClass: string;
                            previousClass: string | null;
                            transition: string | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putHouseholdsByIdReviewsByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description VND per person per month */
                    incomePerCapitaVnd: number;
                    memberCount: number;
                    /** @description Codes of catalogue poverty-deprivation-indicators (01–12) the household lacks. Mã theo danh mục poverty-deprivation-indicators (GET /api/reference/catalogues/poverty-deprivation-indicators) */
                    deprivations: string[];
                    /**
                     * Format: calendar-date
                     * @description Date, YYYY-MM-DD (a real day)
                     */
                    reviewedOn?: string;
                    overrideClass?: ("poor" | "near_poor" | "other") | null;
                    overrideReason?: string | null;
                    /** @description Required when the review of this year already exists */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        householdId: number;
                        reviewYear: number;
                        reviewedOn: string;
                        /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                        areaType: string;
                        memberCount: number;
                        incomePerCapitaVnd: number;
                        /** @description Mã theo danh mục poverty-deprivation-indicators (GET /api/reference/catalogues/poverty-deprivation-indicators) */
                        deprivations: string[];
                        standard: {
                            id: number;
                            incomeThresholdVnd: number;
                            deprivationThreshold: number;
                            validFrom: string;
                            validTo: string | null;
                        };
                        computedClass: string;
                        overrideClass: string | null;
                        overrideReason: string | null;
                        finalClass: string;
                        previousClass: string | null;
                        transition: string | null;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        householdId: number;
                        reviewYear: number;
                        reviewedOn: string;
                        /** @description Mã theo danh mục household-area-types (GET /api/reference/catalogues/household-area-types) */
                        areaType: string;
                        memberCount: number;
                        incomePerCapitaVnd: number;
                        /** @description Mã theo danh mục poverty-deprivation-indicators (GET /api/reference/catalogues/poverty-deprivation-indicators) */
                        deprivations: string[];
                        standard: {
                            id: number;
                            incomeThresholdVnd: number;
                            deprivationThreshold: number;
                            validFrom: string;
                            validTo: string | null;
                        };
                        computedClass: string;
                        overrideClass: string | null;
                        overrideReason: string | null;
                        finalClass: string;
                        previousClass: string | null;
                        transition: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHouseholdImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    }[];
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postHouseholdImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Tệp .xlsx hoặc .csv (UTF-8, Windows-1258)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        import: {
                            id: number;
                            fileName: string;
                            format: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string | null;
                            roundYear: number;
                            headerRow: number;
                            mapping: {
                                [key: string]: number;
                            };
                            status: string;
                            totalRows: number | null;
                            rowsDone: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            failed: number;
                            flagged: number;
                            /** @description Rows repeating an earlier row exactly: reported, landed once */
                            repeated: number;
                            errorMessage: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                        headers: string[];
                        fields: {
                            key: string;
                            label: string;
                            required: boolean;
                        }[];
                        /** @description Unmapped columns that look like a field (by header or values); to be seen before the import runs */
                        warnings: {
                            column: number;
                            header: string;
                            field: string;
                            mappedTo: number | null;
                            message: string;
                        }[];
                        /** @description The commune rows land in when the file has no commune column (the upload unit); null for a province */
                        defaultCommune: {
                            code: string;
                            name: string;
                        } | null;
                        /** @description Where each row’s commune comes from, in plain words */
                        communeNote: string;
                        sample: {
                            rowNumber: number;
                            /** @description Mapped fields */
                            values: {
                                [key: string]: unknown;
                            };
                            /** @description Every column, as text */
                            cells: (string | null)[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHouseholdImportsTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHouseholdImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteHouseholdImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postHouseholdImportsByIdRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping?: {
                        [key: string]: number;
                    };
                    /** @description The person saw the unmapped commune-like columns and runs the import anyway */
                    acceptWarnings?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHouseholdImportsByIdErrorsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPeopleTransfers: {
        parameters: {
            query: {
                direction?: "incoming" | "outgoing";
                status?: "pending" | "accepted" | "refused" | "cancelled";
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            personId: string;
                            fullName: string | null;
                            /** @description incoming: the reader holds the person and decides; outgoing: the reader asked for the person */
                            direction: "incoming" | "outgoing";
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            fromCommuneCode: string | null;
                            fromCommuneName: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            toCommuneCode: string;
                            toCommuneName: string | null;
                            status: "pending" | "accepted" | "refused" | "cancelled";
                            note: string | null;
                            requestedByName: string;
                            requestedAt: string;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postPeopleTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: plain-text
                     * @description 12-digit personal ID
                     */
                    personId: string;
                    /**
                     * Format: plain-text
                     * @description Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    toCommuneCode?: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        personId: string;
                        fullName: string | null;
                        /** @description incoming: the reader holds the person and decides; outgoing: the reader asked for the person */
                        direction: "incoming" | "outgoing";
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        fromCommuneCode: string | null;
                        fromCommuneName: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        toCommuneCode: string;
                        toCommuneName: string | null;
                        status: "pending" | "accepted" | "refused" | "cancelled";
                        note: string | null;
                        requestedByName: string;
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        personId: string;
                        fullName: string | null;
                        /** @description incoming: the reader holds the person and decides; outgoing: the reader asked for the person */
                        direction: "incoming" | "outgoing";
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        fromCommuneCode: string | null;
                        fromCommuneName: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        toCommuneCode: string;
                        toCommuneName: string | null;
                        status: "pending" | "accepted" | "refused" | "cancelled";
                        note: string | null;
                        requestedByName: string;
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPeopleTransfersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        personId: string;
                        fullName: string | null;
                        /** @description incoming: the reader holds the person and decides; outgoing: the reader asked for the person */
                        direction: "incoming" | "outgoing";
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        fromCommuneCode: string | null;
                        fromCommuneName: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        toCommuneCode: string;
                        toCommuneName: string | null;
                        status: "pending" | "accepted" | "refused" | "cancelled";
                        note: string | null;
                        requestedByName: string;
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postPeopleTransfersByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "accept" | "refuse";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        personId: string;
                        fullName: string | null;
                        /** @description incoming: the reader holds the person and decides; outgoing: the reader asked for the person */
                        direction: "incoming" | "outgoing";
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        fromCommuneCode: string | null;
                        fromCommuneName: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        toCommuneCode: string;
                        toCommuneName: string | null;
                        status: "pending" | "accepted" | "refused" | "cancelled";
                        note: string | null;
                        requestedByName: string;
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postPeopleTransfersByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        personId: string;
                        fullName: string | null;
                        /** @description incoming: the reader holds the person and decides; outgoing: the reader asked for the person */
                        direction: "incoming" | "outgoing";
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        fromCommuneCode: string | null;
                        fromCommuneName: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        toCommuneCode: string;
                        toCommuneName: string | null;
                        status: "pending" | "accepted" | "refused" | "cancelled";
                        note: string | null;
                        requestedByName: string;
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPeopleByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        fullName: string;
                        birthDate: string | null;
                        sex: string | null;
                        /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                        ethnicityCode: string | null;
                        phone: string | null;
                        address: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        communeName: string | null;
                        unitNeedsReview: boolean;
                        roles: string[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkers: {
        parameters: {
            query: {
                /** @description Province (2 digits) or commune (5) */
                unitCode?: string;
                /** @description Name without diacritics, or the start of an ID */
                q?: string;
                /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                employmentStatus?: string;
                /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                qualificationCode?: string;
                sex?: "male" | "female";
                /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                ethnicityCode?: string;
                ageBand?: number;
                need?: "training" | "job" | "abroad";
                unitNeedsReview?: boolean;
                sort: "name" | "birthDate" | "updated";
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            personId: string;
                            fullName: string;
                            birthDate: string;
                            sex: string;
                            /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                            ethnicityCode: string | null;
                            phone: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            address: string | null;
                            householdRelation: string | null;
                            /** @description Mã theo danh mục general-education (GET /api/reference/catalogues/general-education) */
                            generalEducationCode: string | null;
                            /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                            qualificationCode: string | null;
                            trainingField: string | null;
                            /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                            employmentStatus: string | null;
                            /** @description Mã theo danh mục status-in-employment (GET /api/reference/catalogues/status-in-employment) */
                            statusInEmploymentCode: string | null;
                            jobTitle: string | null;
                            /** @description Mã theo danh mục vsco-occupations (GET /api/reference/catalogues/vsco-occupations) */
                            occupationCode: string | null;
                            workplaceName: string | null;
                            workplaceType: string | null;
                            workplaceSector: string | null;
                            workplaceAddress: string | null;
                            /** @description Mã theo danh mục unemployment-duration (GET /api/reference/catalogues/unemployment-duration) */
                            unemploymentDurationCode: string | null;
                            previousJob: string | null;
                            /** @description Mã theo danh mục inactivity-reasons (GET /api/reference/catalogues/inactivity-reasons) */
                            inactivityReasonCode: string | null;
                            socialInsurance: boolean | null;
                            needTraining: boolean;
                            needJob: boolean;
                            needAbroad: boolean;
                            email: string | null;
                            householdId: number | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            communeName?: string | null;
                            unitNeedsReview: boolean;
                            sourceUnit: string | null;
                            roundYear: number;
                            sourceImportId: number | null;
                            sourceRow: number | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: plain-text */
                    personId: string;
                    /** Format: plain-text */
                    fullName: string;
                    /**
                     * Format: plain-text
                     * @description YYYY-MM-DD or dd/mm/yyyy
                     */
                    birthDate: string;
                    /**
                     * Format: plain-text
                     * @description male/female or Nam/Nữ
                     */
                    sex: string;
                    /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                    ethnicityCode?: string | null;
                    phone?: string | null;
                    /**
                     * Format: plain-text
                     * @description Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    communeCode: string;
                    address?: string | null;
                    householdRelation?: string | null;
                    /** @description Mã theo danh mục general-education (GET /api/reference/catalogues/general-education) */
                    generalEducationCode?: string | null;
                    /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                    qualificationCode?: string | null;
                    trainingField?: string | null;
                    /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                    employmentStatus?: string | null;
                    /** @description Mã theo danh mục status-in-employment (GET /api/reference/catalogues/status-in-employment) */
                    statusInEmploymentCode?: string | null;
                    jobTitle?: string | null;
                    /** @description Mã theo danh mục vsco-occupations (GET /api/reference/catalogues/vsco-occupations) */
                    occupationCode?: string | null;
                    workplaceName?: string | null;
                    workplaceType?: string | null;
                    workplaceSector?: string | null;
                    workplaceAddress?: string | null;
                    /** @description Mã theo danh mục unemployment-duration (GET /api/reference/catalogues/unemployment-duration) */
                    unemploymentDurationCode?: string | null;
                    previousJob?: string | null;
                    /** @description Mã theo danh mục inactivity-reasons (GET /api/reference/catalogues/inactivity-reasons) */
                    inactivityReasonCode?: string | null;
                    socialInsurance?: boolean | null;
                    needTraining?: boolean | null;
                    needJob?: boolean | null;
                    needAbroad?: boolean | null;
                    email?: string | null;
                    roundYear?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        fullName: string;
                        birthDate: string;
                        sex: string;
                        /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                        ethnicityCode: string | null;
                        phone: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        address: string | null;
                        householdRelation: string | null;
                        /** @description Mã theo danh mục general-education (GET /api/reference/catalogues/general-education) */
                        generalEducationCode: string | null;
                        /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                        qualificationCode: string | null;
                        trainingField: string | null;
                        /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                        employmentStatus: string | null;
                        /** @description Mã theo danh mục status-in-employment (GET /api/reference/catalogues/status-in-employment) */
                        statusInEmploymentCode: string | null;
                        jobTitle: string | null;
                        /** @description Mã theo danh mục vsco-occupations (GET /api/reference/catalogues/vsco-occupations) */
                        occupationCode: string | null;
                        workplaceName: string | null;
                        workplaceType: string | null;
                        workplaceSector: string | null;
                        workplaceAddress: string | null;
                        /** @description Mã theo danh mục unemployment-duration (GET /api/reference/catalogues/unemployment-duration) */
                        unemploymentDurationCode: string | null;
                        previousJob: string | null;
                        /** @description Mã theo danh mục inactivity-reasons (GET /api/reference/catalogues/inactivity-reasons) */
                        inactivityReasonCode: string | null;
                        socialInsurance: boolean | null;
                        needTraining: boolean;
                        needJob: boolean;
                        needAbroad: boolean;
                        email: string | null;
                        householdId: number | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName?: string | null;
                        unitNeedsReview: boolean;
                        sourceUnit: string | null;
                        roundYear: number;
                        sourceImportId: number | null;
                        sourceRow: number | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkersStats: {
        parameters: {
            query?: {
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                unitCode?: string;
                roundYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string | null;
                        unitName: string | null;
                        roundYear: number | null;
                        rounds: number[];
                        totals: {
                            total: number;
                            employed: number;
                            unemployed: number;
                            inactive: number;
                            unknownStatus: number;
                            labourForce: number;
                            trained: number;
                            certified: number;
                            trainedShare: number | null;
                            certifiedShare: number | null;
                            unemploymentRate: number | null;
                        };
                        bySex: ({
                            key: string;
                        } & {
                            total: number;
                            employed: number;
                            unemployed: number;
                            inactive: number;
                            unknownStatus: number;
                            labourForce: number;
                            trained: number;
                            certified: number;
                            trainedShare: number | null;
                            certifiedShare: number | null;
                            unemploymentRate: number | null;
                        })[];
                        byAgeBand: ({
                            key: number;
                        } & {
                            total: number;
                            employed: number;
                            unemployed: number;
                            inactive: number;
                            unknownStatus: number;
                            labourForce: number;
                            trained: number;
                            certified: number;
                            trainedShare: number | null;
                            certifiedShare: number | null;
                            unemploymentRate: number | null;
                        })[];
                        byCommune: ({
                            key: string;
                            name: string;
                        } & {
                            total: number;
                            employed: number;
                            unemployed: number;
                            inactive: number;
                            unknownStatus: number;
                            labourForce: number;
                            trained: number;
                            certified: number;
                            trainedShare: number | null;
                            certifiedShare: number | null;
                            unemploymentRate: number | null;
                        })[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkersExportByFormat: {
        parameters: {
            query?: {
                /** @description Province (2 digits) or commune (5) */
                unitCode?: string;
                /** @description Name without diacritics, or the start of an ID */
                q?: string;
                /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                employmentStatus?: string;
                /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                qualificationCode?: string;
                sex?: "male" | "female";
                /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                ethnicityCode?: string;
                ageBand?: number;
                need?: "training" | "job" | "abroad";
                unitNeedsReview?: boolean;
                /** @description CSV: dấu phẩy (mặc định) hoặc dấu chấm phẩy với dấu thập phân là dấu phẩy (Excel cài đặt vùng Việt Nam) */
                separator?: "comma" | "semicolon";
            };
            header?: never;
            path: {
                format: "xlsx" | "csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkersByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        fullName: string;
                        birthDate: string;
                        sex: string;
                        /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                        ethnicityCode: string | null;
                        phone: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        address: string | null;
                        householdRelation: string | null;
                        /** @description Mã theo danh mục general-education (GET /api/reference/catalogues/general-education) */
                        generalEducationCode: string | null;
                        /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                        qualificationCode: string | null;
                        trainingField: string | null;
                        /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                        employmentStatus: string | null;
                        /** @description Mã theo danh mục status-in-employment (GET /api/reference/catalogues/status-in-employment) */
                        statusInEmploymentCode: string | null;
                        jobTitle: string | null;
                        /** @description Mã theo danh mục vsco-occupations (GET /api/reference/catalogues/vsco-occupations) */
                        occupationCode: string | null;
                        workplaceName: string | null;
                        workplaceType: string | null;
                        workplaceSector: string | null;
                        workplaceAddress: string | null;
                        /** @description Mã theo danh mục unemployment-duration (GET /api/reference/catalogues/unemployment-duration) */
                        unemploymentDurationCode: string | null;
                        previousJob: string | null;
                        /** @description Mã theo danh mục inactivity-reasons (GET /api/reference/catalogues/inactivity-reasons) */
                        inactivityReasonCode: string | null;
                        socialInsurance: boolean | null;
                        needTraining: boolean;
                        needJob: boolean;
                        needAbroad: boolean;
                        email: string | null;
                        householdId: number | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName?: string | null;
                        unitNeedsReview: boolean;
                        sourceUnit: string | null;
                        roundYear: number;
                        sourceImportId: number | null;
                        sourceRow: number | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putWorkersByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: plain-text */
                    personId: string;
                    /** Format: plain-text */
                    fullName: string;
                    /**
                     * Format: plain-text
                     * @description YYYY-MM-DD or dd/mm/yyyy
                     */
                    birthDate: string;
                    /**
                     * Format: plain-text
                     * @description male/female or Nam/Nữ
                     */
                    sex: string;
                    /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                    ethnicityCode?: string | null;
                    phone?: string | null;
                    /**
                     * Format: plain-text
                     * @description Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    communeCode: string;
                    address?: string | null;
                    householdRelation?: string | null;
                    /** @description Mã theo danh mục general-education (GET /api/reference/catalogues/general-education) */
                    generalEducationCode?: string | null;
                    /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                    qualificationCode?: string | null;
                    trainingField?: string | null;
                    /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                    employmentStatus?: string | null;
                    /** @description Mã theo danh mục status-in-employment (GET /api/reference/catalogues/status-in-employment) */
                    statusInEmploymentCode?: string | null;
                    jobTitle?: string | null;
                    /** @description Mã theo danh mục vsco-occupations (GET /api/reference/catalogues/vsco-occupations) */
                    occupationCode?: string | null;
                    workplaceName?: string | null;
                    workplaceType?: string | null;
                    workplaceSector?: string | null;
                    workplaceAddress?: string | null;
                    /** @description Mã theo danh mục unemployment-duration (GET /api/reference/catalogues/unemployment-duration) */
                    unemploymentDurationCode?: string | null;
                    previousJob?: string | null;
                    /** @description Mã theo danh mục inactivity-reasons (GET /api/reference/catalogues/inactivity-reasons) */
                    inactivityReasonCode?: string | null;
                    socialInsurance?: boolean | null;
                    needTraining?: boolean | null;
                    needJob?: boolean | null;
                    needAbroad?: boolean | null;
                    email?: string | null;
                    roundYear?: number;
                } & {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        fullName: string;
                        birthDate: string;
                        sex: string;
                        /** @description Mã theo danh mục ethnic-groups (GET /api/reference/catalogues/ethnic-groups) */
                        ethnicityCode: string | null;
                        phone: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        address: string | null;
                        householdRelation: string | null;
                        /** @description Mã theo danh mục general-education (GET /api/reference/catalogues/general-education) */
                        generalEducationCode: string | null;
                        /** @description Mã theo danh mục qualification-levels (GET /api/reference/catalogues/qualification-levels) */
                        qualificationCode: string | null;
                        trainingField: string | null;
                        /** @description Mã theo danh mục employment-status (GET /api/reference/catalogues/employment-status) */
                        employmentStatus: string | null;
                        /** @description Mã theo danh mục status-in-employment (GET /api/reference/catalogues/status-in-employment) */
                        statusInEmploymentCode: string | null;
                        jobTitle: string | null;
                        /** @description Mã theo danh mục vsco-occupations (GET /api/reference/catalogues/vsco-occupations) */
                        occupationCode: string | null;
                        workplaceName: string | null;
                        workplaceType: string | null;
                        workplaceSector: string | null;
                        workplaceAddress: string | null;
                        /** @description Mã theo danh mục unemployment-duration (GET /api/reference/catalogues/unemployment-duration) */
                        unemploymentDurationCode: string | null;
                        previousJob: string | null;
                        /** @description Mã theo danh mục inactivity-reasons (GET /api/reference/catalogues/inactivity-reasons) */
                        inactivityReasonCode: string | null;
                        socialInsurance: boolean | null;
                        needTraining: boolean;
                        needJob: boolean;
                        needAbroad: boolean;
                        email: string | null;
                        householdId: number | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName?: string | null;
                        unitNeedsReview: boolean;
                        sourceUnit: string | null;
                        roundYear: number;
                        sourceImportId: number | null;
                        sourceRow: number | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkerImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    }[];
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkerImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Tệp .xlsx hoặc .csv (UTF-8, Windows-1258)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        import: {
                            id: number;
                            fileName: string;
                            format: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string | null;
                            roundYear: number;
                            headerRow: number;
                            mapping: {
                                [key: string]: number;
                            };
                            status: string;
                            totalRows: number | null;
                            rowsDone: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            failed: number;
                            flagged: number;
                            /** @description Rows repeating an earlier row exactly: reported, landed once */
                            repeated: number;
                            errorMessage: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                        headers: string[];
                        fields: {
                            key: string;
                            label: string;
                            required: boolean;
                        }[];
                        /** @description Unmapped columns that look like a field (by header or values); to be seen before the import runs */
                        warnings: {
                            column: number;
                            header: string;
                            field: string;
                            mappedTo: number | null;
                            message: string;
                        }[];
                        /** @description The commune rows land in when the file has no commune column (the upload unit); null for a province */
                        defaultCommune: {
                            code: string;
                            name: string;
                        } | null;
                        /** @description Where each row’s commune comes from, in plain words */
                        communeNote: string;
                        sample: {
                            rowNumber: number;
                            /** @description Mapped fields */
                            values: {
                                [key: string]: unknown;
                            };
                            /** @description Every column, as text */
                            cells: (string | null)[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkerImportsRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Days an upload is kept after it came (never run) or its run ended */
                        days: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkerImportsTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkerImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWorkerImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkerImportsByIdRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping?: {
                        [key: string]: number;
                    };
                    /** @description The person saw the unmapped commune-like columns and runs the import anyway */
                    acceptWarnings?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkerImportsByIdErrorsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossierTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            versions: {
                                validFrom: string;
                                validTo: string | null;
                                legalSource: string;
                                steps: {
                                    code: string;
                                    name: {
                                        vi: string;
                                        en: string;
                                    };
                                    level: string;
                                    grade: string;
                                    verified: boolean;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiers: {
        parameters: {
            query: {
                typeCode?: string;
                status?: "draft" | "in_progress" | "awaiting_additions" | "returned" | "completed" | "refused" | "withdrawn" | "cancelled" | "recovered";
                stepCode?: string;
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                unitCode?: string;
                /** @description Applicant name, diacritics optional */
                q?: string;
                /** @description Date, YYYY-MM-DD (a real day) */
                submittedFrom?: string;
                /** @description Date, YYYY-MM-DD (a real day) */
                submittedTo?: string;
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            typeCode: string;
                            typeName: {
                                vi: string;
                                en: string;
                            };
                            applicantName: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string | null;
                            receiptNo: string | null;
                            status: string;
                            statusLabel: {
                                vi: string;
                                en: string;
                            };
                            step: {
                                code: string;
                                name: {
                                    vi: string;
                                    en: string;
                                };
                                level: string;
                            } | null;
                            dueOn: string | null;
                            daysLeft: number | null;
                            late: boolean;
                            submittedOn: string | null;
                            receivedOn: string | null;
                            createdAt: string;
                            version: number;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postDossiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: plain-text */
                    typeCode: string;
                    /**
                     * Format: plain-text
                     * @description Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    unitCode: string;
                    /** Format: plain-text */
                    applicantName: string;
                    payload: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        typeCode: string;
                        typeName: {
                            vi: string;
                            en: string;
                        };
                        typeVersion: string | null;
                        legalSource: string | null;
                        status: string;
                        statusLabel: {
                            vi: string;
                            en: string;
                        };
                        step: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            dueOn: string | null;
                            daysLeft: number | null;
                        } | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        applicantName: string;
                        payload: {
                            [key: string]: unknown;
                        };
                        submittedOn: string | null;
                        receivedOn: string | null;
                        receiptNo: string | null;
                        steps: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            outsideAgency: {
                                vi: string;
                                en: string;
                            } | null;
                            startedOn: string;
                            dueOn: string | null;
                            dueProvisional: boolean;
                            limit: {
                                days: number;
                                unit: string;
                            } | null;
                            completedOn: string | null;
                            outcome: string | null;
                            running: boolean;
                            daysUsed: number;
                            daysLeft: number | null;
                            late: boolean;
                        }[];
                        decisions: {
                            id: number;
                            kind: string;
                            number: string;
                            decidedOn: string;
                            signerName: string;
                            signerPosition: string;
                        }[];
                        documents: {
                            stepCode: string;
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            required: boolean;
                            attachmentIds: number[];
                        }[];
                        allowedActions: string[];
                        version: number;
                        createdByName: string;
                        createdByUsername: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersQueue: {
        parameters: {
            query: {
                view: "mine" | "overdue" | "due_soon";
                days: number;
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                unitCode?: string;
                stepCode?: string;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            typeCode: string;
                            typeName: {
                                vi: string;
                                en: string;
                            };
                            applicantName: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string | null;
                            receiptNo: string | null;
                            status: string;
                            statusLabel: {
                                vi: string;
                                en: string;
                            };
                            step: {
                                code: string;
                                name: {
                                    vi: string;
                                    en: string;
                                };
                                level: string;
                            } | null;
                            dueOn: string | null;
                            daysLeft: number | null;
                            late: boolean;
                            submittedOn: string | null;
                            receivedOn: string | null;
                            createdAt: string;
                            version: number;
                            stepCode: string;
                            stepName: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            overdue: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersSla: {
        parameters: {
            query: {
                /** @description Date, YYYY-MM-DD (a real day) */
                from: string;
                /** @description Date, YYYY-MM-DD (a real day) */
                to: string;
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                unitCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string | null;
                            typeCode: string;
                            stepCode: string;
                            stepName: {
                                vi: string;
                                en: string;
                            };
                            received: number;
                            completed: number;
                            onTime: number;
                            late: number;
                            open: number;
                            averageDays: number | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        typeCode: string;
                        typeName: {
                            vi: string;
                            en: string;
                        };
                        typeVersion: string | null;
                        legalSource: string | null;
                        status: string;
                        statusLabel: {
                            vi: string;
                            en: string;
                        };
                        step: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            dueOn: string | null;
                            daysLeft: number | null;
                        } | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        applicantName: string;
                        payload: {
                            [key: string]: unknown;
                        };
                        submittedOn: string | null;
                        receivedOn: string | null;
                        receiptNo: string | null;
                        steps: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            outsideAgency: {
                                vi: string;
                                en: string;
                            } | null;
                            startedOn: string;
                            dueOn: string | null;
                            dueProvisional: boolean;
                            limit: {
                                days: number;
                                unit: string;
                            } | null;
                            completedOn: string | null;
                            outcome: string | null;
                            running: boolean;
                            daysUsed: number;
                            daysLeft: number | null;
                            late: boolean;
                        }[];
                        decisions: {
                            id: number;
                            kind: string;
                            number: string;
                            decidedOn: string;
                            signerName: string;
                            signerPosition: string;
                        }[];
                        documents: {
                            stepCode: string;
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            required: boolean;
                            attachmentIds: number[];
                        }[];
                        allowedActions: string[];
                        version: number;
                        createdByName: string;
                        createdByUsername: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putDossiersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    /**
                     * Format: plain-text
                     * @description Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    unitCode: string;
                    /** Format: plain-text */
                    applicantName: string;
                    payload: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        typeCode: string;
                        typeName: {
                            vi: string;
                            en: string;
                        };
                        typeVersion: string | null;
                        legalSource: string | null;
                        status: string;
                        statusLabel: {
                            vi: string;
                            en: string;
                        };
                        step: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            dueOn: string | null;
                            daysLeft: number | null;
                        } | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        applicantName: string;
                        payload: {
                            [key: string]: unknown;
                        };
                        submittedOn: string | null;
                        receivedOn: string | null;
                        receiptNo: string | null;
                        steps: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            outsideAgency: {
                                vi: string;
                                en: string;
                            } | null;
                            startedOn: string;
                            dueOn: string | null;
                            dueProvisional: boolean;
                            limit: {
                                days: number;
                                unit: string;
                            } | null;
                            completedOn: string | null;
                            outcome: string | null;
                            running: boolean;
                            daysUsed: number;
                            daysLeft: number | null;
                            late: boolean;
                        }[];
                        decisions: {
                            id: number;
                            kind: string;
                            number: string;
                            decidedOn: string;
                            signerName: string;
                            signerPosition: string;
                        }[];
                        documents: {
                            stepCode: string;
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            required: boolean;
                            attachmentIds: number[];
                        }[];
                        allowedActions: string[];
                        version: number;
                        createdByName: string;
                        createdByUsername: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postDossiersByIdActionsByAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                action: "submit" | "resubmit" | "accept" | "request_additions" | "return" | "refuse" | "approve" | "withdraw" | "cancel" | "recover";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    /** Format: multiline-text */
                    comment?: string;
                    /**
                     * Format: calendar-date
                     * @description Date, YYYY-MM-DD (a real day)
                     */
                    on?: string;
                    /** Format: plain-text */
                    signerName?: string;
                    /** Format: plain-text */
                    signerPosition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        typeCode: string;
                        typeName: {
                            vi: string;
                            en: string;
                        };
                        typeVersion: string | null;
                        legalSource: string | null;
                        status: string;
                        statusLabel: {
                            vi: string;
                            en: string;
                        };
                        step: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            dueOn: string | null;
                            daysLeft: number | null;
                        } | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        applicantName: string;
                        payload: {
                            [key: string]: unknown;
                        };
                        submittedOn: string | null;
                        receivedOn: string | null;
                        receiptNo: string | null;
                        steps: {
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            level: string;
                            outsideAgency: {
                                vi: string;
                                en: string;
                            } | null;
                            startedOn: string;
                            dueOn: string | null;
                            dueProvisional: boolean;
                            limit: {
                                days: number;
                                unit: string;
                            } | null;
                            completedOn: string | null;
                            outcome: string | null;
                            running: boolean;
                            daysUsed: number;
                            daysLeft: number | null;
                            late: boolean;
                        }[];
                        decisions: {
                            id: number;
                            kind: string;
                            number: string;
                            decidedOn: string;
                            signerName: string;
                            signerPosition: string;
                        }[];
                        documents: {
                            stepCode: string;
                            code: string;
                            name: {
                                vi: string;
                                en: string;
                            };
                            required: boolean;
                            attachmentIds: number[];
                        }[];
                        allowedActions: string[];
                        version: number;
                        createdByName: string;
                        createdByUsername: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            actedOn: string;
                            actorName: string;
                            actorUsername: string | null;
                            action: string;
                            actionLabel: {
                                vi: string;
                                en: string;
                            };
                            fromStatus: string;
                            fromStep: string | null;
                            toStatus: string;
                            toStep: string | null;
                            comment: string | null;
                            decisionNumber: string | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersByIdReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dossierId: number;
                        receiptNo: string;
                        receivedOn: string;
                        dueOn: string | null;
                        dueProvisional: boolean;
                        stepCode: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersByIdReceiptDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersByIdDecisionsByDecisionIdDocx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                decisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            stepCode: string | null;
                            documentCode: string | null;
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedByName: string;
                            uploadedAt: string;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postDossiersByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Tệp .xlsx hoặc .csv (UTF-8, Windows-1258)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        stepCode: string | null;
                        documentCode: string | null;
                        fileName: string;
                        contentType: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedByName: string;
                        uploadedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDossiersByIdAttachmentsByAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEmployers: {
        parameters: {
            query: {
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                communeCode?: string;
                /** @description Name (diacritics optional, any part) or the start of the tax code */
                q?: string;
                vsicSectionCode?: string;
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            taxCode: string;
                            name: string;
                            legalFormCode: string | null;
                            vsicSectionCode: string | null;
                            address: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            employeeCount: number | null;
                            uiParticipation: boolean;
                            uiSince: string | null;
                            contactName: string | null;
                            phone: string | null;
                            email: string | null;
                            industrialZone: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            communeName: string | null;
                            legalFormName: string | null;
                            vsicSectionName: string | null;
                            unitNeedsReview: boolean;
                            sourceUnit: string | null;
                            version: number;
                            updatedAt: string;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postEmployers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: plain-text
                     * @description 10 digits, or 13 for a branch: 0101234567-001
                     */
                    taxCode: string;
                    /** Format: plain-text */
                    name: string;
                    legalFormCode?: string | null;
                    vsicSectionCode?: string | null;
                    address?: string | null;
                    /**
                     * Format: plain-text
                     * @description Commune valid today. Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    communeCode: string;
                    employeeCount?: number | null;
                    uiParticipation?: boolean | null;
                    uiSince?: string | null;
                    contactName?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    industrialZone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taxCode: string;
                        name: string;
                        legalFormCode: string | null;
                        vsicSectionCode: string | null;
                        address: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        employeeCount: number | null;
                        uiParticipation: boolean;
                        uiSince: string | null;
                        contactName: string | null;
                        phone: string | null;
                        email: string | null;
                        industrialZone: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName: string | null;
                        legalFormName: string | null;
                        vsicSectionName: string | null;
                        unitNeedsReview: boolean;
                        sourceUnit: string | null;
                        version: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEmployersExportByFormat: {
        parameters: {
            query?: {
                /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                communeCode?: string;
                q?: string;
                vsicSectionCode?: string;
                separator?: "comma" | "semicolon";
            };
            header?: never;
            path: {
                format: "xlsx" | "csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEmployersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taxCode: string;
                        name: string;
                        legalFormCode: string | null;
                        vsicSectionCode: string | null;
                        address: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        employeeCount: number | null;
                        uiParticipation: boolean;
                        uiSince: string | null;
                        contactName: string | null;
                        phone: string | null;
                        email: string | null;
                        industrialZone: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName: string | null;
                        legalFormName: string | null;
                        vsicSectionName: string | null;
                        unitNeedsReview: boolean;
                        sourceUnit: string | null;
                        version: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putEmployersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    /** Format: plain-text */
                    name: string;
                    legalFormCode?: string | null;
                    vsicSectionCode?: string | null;
                    address?: string | null;
                    /**
                     * Format: plain-text
                     * @description Commune valid today. Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    communeCode: string;
                    employeeCount?: number | null;
                    uiParticipation?: boolean | null;
                    uiSince?: string | null;
                    contactName?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    industrialZone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        taxCode: string;
                        name: string;
                        legalFormCode: string | null;
                        vsicSectionCode: string | null;
                        address: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        employeeCount: number | null;
                        uiParticipation: boolean;
                        uiSince: string | null;
                        contactName: string | null;
                        phone: string | null;
                        email: string | null;
                        industrialZone: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName: string | null;
                        legalFormName: string | null;
                        vsicSectionName: string | null;
                        unitNeedsReview: boolean;
                        sourceUnit: string | null;
                        version: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postEmployersByIdAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        fullName: string;
                        email: string | null;
                        role: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        unitCode: string | null;
                        unitName: string | null;
                        active: boolean;
                        lockedUntil: string | null;
                        lastLoginAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEmployerImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    }[];
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postEmployerImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Tệp .xlsx hoặc .csv (UTF-8, Windows-1258)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        import: {
                            id: number;
                            fileName: string;
                            format: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string | null;
                            roundYear: number;
                            headerRow: number;
                            mapping: {
                                [key: string]: number;
                            };
                            status: string;
                            totalRows: number | null;
                            rowsDone: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            failed: number;
                            flagged: number;
                            /** @description Rows repeating an earlier row exactly: reported, landed once */
                            repeated: number;
                            errorMessage: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                        headers: string[];
                        fields: {
                            key: string;
                            label: string;
                            required: boolean;
                        }[];
                        /** @description Unmapped columns that look like a field (by header or values); to be seen before the import runs */
                        warnings: {
                            column: number;
                            header: string;
                            field: string;
                            mappedTo: number | null;
                            message: string;
                        }[];
                        /** @description The commune rows land in when the file has no commune column (the upload unit); null for a province */
                        defaultCommune: {
                            code: string;
                            name: string;
                        } | null;
                        /** @description Where each row’s commune comes from, in plain words */
                        communeNote: string;
                        sample: {
                            rowNumber: number;
                            /** @description Mapped fields */
                            values: {
                                [key: string]: unknown;
                            };
                            /** @description Every column, as text */
                            cells: (string | null)[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEmployerImportsTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEmployerImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteEmployerImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postEmployerImportsByIdRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping?: {
                        [key: string]: number;
                    };
                    /** @description The person saw the unmapped commune-like columns and runs the import anyway */
                    acceptWarnings?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        format: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                        roundYear: number;
                        headerRow: number;
                        mapping: {
                            [key: string]: number;
                        };
                        status: string;
                        totalRows: number | null;
                        rowsDone: number;
                        inserted: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        flagged: number;
                        /** @description Rows repeating an earlier row exactly: reported, landed once */
                        repeated: number;
                        errorMessage: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEmployerImportsByIdErrorsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getInstitutions: {
        parameters: {
            query: {
                /** @description Name (diacritics optional) or code */
                q?: string;
                page: number;
                pageSize: number;
                /** @description nextCursor or prevCursor of a page; takes precedence over page */
                cursor?: string;
                /** @description Count the rows exactly even in a large scope (slower) */
                count?: "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            code: string;
                            name: string;
                            typeCode: string;
                            ownershipCode: string;
                            licenceNumber: string | null;
                            licenceDate: string | null;
                            address: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            contactName: string | null;
                            phone: string | null;
                            email: string | null;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            communeName: string | null;
                            typeName: string | null;
                            ownershipName: string | null;
                            version: number;
                        }[];
                        total: number;
                        totalKind: "exact" | "estimated" | "cached";
                        totalAsOf: string | null;
                        page: number;
                        pageSize: number;
                        nextCursor: string | null;
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postInstitutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: plain-text */
                    code: string;
                    /** Format: plain-text */
                    name: string;
                    /**
                     * Format: plain-text
                     * @description Catalogue institution-types
                     */
                    typeCode: string;
                    /**
                     * Format: plain-text
                     * @description Catalogue institution-ownership
                     */
                    ownershipCode: string;
                    licenceNumber?: string | null;
                    licenceDate?: string | null;
                    address?: string | null;
                    /**
                     * Format: plain-text
                     * @description Commune valid today. Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    communeCode: string;
                    contactName?: string | null;
                    phone?: string | null;
                    email?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        code: string;
                        name: string;
                        typeCode: string;
                        ownershipCode: string;
                        licenceNumber: string | null;
                        licenceDate: string | null;
                        address: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        contactName: string | null;
                        phone: string | null;
                        email: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName: string | null;
                        typeName: string | null;
                        ownershipName: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getInstitutionsOptions: {
        parameters: {
            query: {
                /** @description Name (diacritics optional) or code */
                q?: string;
                id?: number;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            code: string;
                            name: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            provinceCode: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string;
                            communeName: string | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getInstitutionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        code: string;
                        name: string;
                        typeCode: string;
                        ownershipCode: string;
                        licenceNumber: string | null;
                        licenceDate: string | null;
                        address: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        contactName: string | null;
                        phone: string | null;
                        email: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName: string | null;
                        typeName: string | null;
                        ownershipName: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putInstitutionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    /** Format: plain-text */
                    code: string;
                    /** Format: plain-text */
                    name: string;
                    /**
                     * Format: plain-text
                     * @description Catalogue institution-types
                     */
                    typeCode: string;
                    /**
                     * Format: plain-text
                     * @description Catalogue institution-ownership
                     */
                    ownershipCode: string;
                    licenceNumber?: string | null;
                    licenceDate?: string | null;
                    address?: string | null;
                    /**
                     * Format: plain-text
                     * @description Commune valid today. Mã đơn vị hành chính (GET /api/geo/units)
                     */
                    communeCode: string;
                    contactName?: string | null;
                    phone?: string | null;
                    email?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        code: string;
                        name: string;
                        typeCode: string;
                        ownershipCode: string;
                        licenceNumber: string | null;
                        licenceDate: string | null;
                        address: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string;
                        contactName: string | null;
                        phone: string | null;
                        email: string | null;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        provinceCode: string;
                        communeName: string | null;
                        typeName: string | null;
                        ownershipName: string | null;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postTrainingSupportAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    employerId: number;
                    revenue: {
                        /**
                         * Format: plain-text
                         * @description YYYY-Qn
                         */
                        quarter: string;
                        amount: number;
                        baseYear: 2019 | 2020;
                        baseAmount: number;
                    } | null;
                    uiContribution: {
                        months: number;
                        /** Format: plain-text */
                        confirmationNo: string;
                        /**
                         * Format: calendar-date
                         * @description Date, YYYY-MM-DD (a real day)
                         */
                        confirmationDate: string;
                    };
                    /** Format: multiline-text */
                    structureChange: string;
                    plan: {
                        institutionId: number | null;
                        trades: string[];
                        /**
                         * Format: calendar-date
                         * @description Date, YYYY-MM-DD (a real day)
                         */
                        startDate: string;
                        /**
                         * Format: calendar-date
                         * @description Date, YYYY-MM-DD (a real day)
                         */
                        endDate: string;
                        costPerWorker: number;
                    };
                    trainees: {
                        /**
                         * Format: plain-text
                         * @description Số định danh cá nhân (12 chữ số)
                         */
                        personId: string;
                        /** Format: plain-text */
                        fullName: string;
                        /**
                         * Format: calendar-date
                         * @description Date, YYYY-MM-DD (a real day)
                         */
                        birthDate: string;
                        /** Format: plain-text */
                        contractType: string;
                        /**
                         * Format: calendar-date
                         * @description Date, YYYY-MM-DD (a real day)
                         */
                        contractStartDate: string;
                        /** Format: plain-text */
                        siBookNo: string;
                        /** Format: plain-text */
                        trade: string;
                        /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                        communeCode: string | null;
                    }[];
                } & {
                    typeCode: "training_support_covid" | "training_support_ui";
                    /**
                     * Format: calendar-date
                     * @description Date, YYYY-MM-DD (a real day)
                     */
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            code: string;
                            passed: boolean;
                            label: {
                                vi: string;
                                en: string;
                            };
                            detail: {
                                vi: string;
                                en: string;
                            };
                            legalSource: string;
                            grade: string;
                        }[];
                        rate: {
                            monthlyCap: number;
                            maxMonths: number;
                            legalSource: string;
                            grade: string;
                            validFrom: string;
                            validTo: string | null;
                        } | null;
                        trainees: {
                            personId: string;
                            fullName: string;
                            months: number;
                            amount: number;
                            overlaps: {
                                dossierId: number | null;
                                startDate: string;
                                endDate: string;
                            }[];
                        }[];
                        totalAmount: number;
                        revenueDeclinePct: number | null;
                        frozen: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTrainingSupportDossiersByIdAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            code: string;
                            passed: boolean;
                            label: {
                                vi: string;
                                en: string;
                            };
                            detail: {
                                vi: string;
                                en: string;
                            };
                            legalSource: string;
                            grade: string;
                        }[];
                        rate: {
                            monthlyCap: number;
                            maxMonths: number;
                            legalSource: string;
                            grade: string;
                            validFrom: string;
                            validTo: string | null;
                        } | null;
                        trainees: {
                            personId: string;
                            fullName: string;
                            months: number;
                            amount: number;
                            overlaps: {
                                dossierId: number | null;
                                startDate: string;
                                endDate: string;
                            }[];
                        }[];
                        totalAmount: number;
                        revenueDeclinePct: number | null;
                        frozen: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postTrainingSupportTraineeList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Tệp .xlsx hoặc .csv (UTF-8, Windows-1258)
                     */
                    file: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: {
                            /** @description Số định danh cá nhân (12 chữ số) */
                            personId: string;
                            /** Format: plain-text */
                            fullName: string;
                            /**
                             * Format: calendar-date
                             * @description Date, YYYY-MM-DD (a real day)
                             */
                            birthDate: string;
                            /** Format: plain-text */
                            contractType: string;
                            /**
                             * Format: calendar-date
                             * @description Date, YYYY-MM-DD (a real day)
                             */
                            contractStartDate: string;
                            /** Format: plain-text */
                            siBookNo: string;
                            /** Format: plain-text */
                            trade: string;
                            /** @description Mã đơn vị hành chính (GET /api/geo/units) */
                            communeCode: string | null;
                        }[];
                        errors: {
                            row: number;
                            field: string;
                            message: string;
                            messageEn: string;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postTrainingSupportDossiersByIdPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    /**
                     * Format: calendar-date
                     * @description Date, YYYY-MM-DD (a real day)
                     */
                    paidOn: string;
                    amount: number;
                    /** Format: plain-text */
                    reference: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        stepCode: string;
                        paidOn: string;
                        amount: number;
                        reference: string;
                        recordedByName: string;
                        recordedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putTrainingSupportDossiersByIdResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the client read; a mismatch is refused with CONFLICT */
                    version: number;
                    actualCost: number;
                    /**
                     * Format: calendar-date
                     * @description Date, YYYY-MM-DD (a real day)
                     */
                    reportedOn?: string;
                    trainees: {
                        /** Format: plain-text */
                        personId: string;
                        completed: boolean;
                        certificateNo: string | null;
                        kept: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dossierId: number;
                        approvedAmount: number | null;
                        paidAmount: number;
                        payments: {
                            id: number;
                            stepCode: string;
                            paidOn: string;
                            amount: number;
                            reference: string;
                            recordedByName: string;
                            recordedAt: string;
                        }[];
                        actualCost: number | null;
                        resultReportedOn: string | null;
                        trainees: {
                            personId: string;
                            fullName: string;
                            amount: number;
                            completed: boolean | null;
                            certificateNo: string | null;
                            kept: boolean | null;
                            recoverAmount: number;
                            reason: {
                                vi: string;
                                en: string;
                            } | null;
                        }[];
                        traineeRecovery: number;
                        unspentFunds: number;
                        unspentRecovery: number;
                        totalRecovery: number;
                        recoveredAmount: number | null;
                        legalSource: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "CONFLICT",
                     *         "message": "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa",
                     *         "messageEn": "The record was changed by someone else; reload before editing",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn / Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "Tệp quá lớn",
                     *         "messageEn": "File too large",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTrainingSupportDossiersByIdRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dossierId: number;
                        approvedAmount: number | null;
                        paidAmount: number;
                        payments: {
                            id: number;
                            stepCode: string;
                            paidOn: string;
                            amount: number;
                            reference: string;
                            recordedByName: string;
                            recordedAt: string;
                        }[];
                        actualCost: number | null;
                        resultReportedOn: string | null;
                        trainees: {
                            personId: string;
                            fullName: string;
                            amount: number;
                            completed: boolean | null;
                            certificateNo: string | null;
                            kept: boolean | null;
                            recoverAmount: number;
                            reason: {
                                vi: string;
                                en: string;
                            } | null;
                        }[];
                        traineeRecovery: number;
                        unspentFunds: number;
                        unspentRecovery: number;
                        totalRecovery: number;
                        recoveredAmount: number | null;
                        legalSource: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTrainingSupportDossiersByIdTraineesXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION",
                     *         "message": "Dữ liệu không hợp lệ",
                     *         "messageEn": "Invalid input",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "UNAUTHENTICATED",
                     *         "message": "Vui lòng đăng nhập",
                     *         "messageEn": "Please sign in",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "Bạn không có quyền thực hiện thao tác này",
                     *         "messageEn": "You are not allowed to do this",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "NOT_FOUND",
                     *         "message": "Không tìm thấy dữ liệu",
                     *         "messageEn": "Not found",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INTERNAL",
                     *         "message": "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                     *         "messageEn": "Internal error",
                     *         "requestId": "3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
