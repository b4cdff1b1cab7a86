package cn.wenshui.compensation.quote;

/** How a line's amount was reached. */
public enum LineStatus {
    /** One amount: a fixed price, a tier, or an appraised unit price inside the printed range. */
    EXACT,
    /** A printed range without an appraised unit price: the line gives its minimum and maximum. */
    RANGE,
    /** An appraised unit price outside the printed range, accepted with a reason (一(一) 注1 依最终评估价执行). */
    OVERRIDDEN,
    /** A row the regulation does not compensate (一(二) 注); listed with 0 and its clause. */
    NOT_COMPENSATED
}
