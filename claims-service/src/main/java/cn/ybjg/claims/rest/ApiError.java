package cn.ybjg.claims.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String missingPermission, Long line, Long column) {

    static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null, null, null);
    }
}
