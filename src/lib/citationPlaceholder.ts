/** Where the reader's access date goes in a citation (GB/T 7714 引用日期); filled in when it is copied. */
export const accessDatePlaceholder = '[引用日期]';
