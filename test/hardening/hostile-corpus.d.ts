// Types of hostile-corpus.js (plain JavaScript, shared by the browser and the Node tests).
export declare const PAYLOAD: string;
export declare const DANGEROUS_URLS: string[];
export declare const INLINE_BREAKOUTS: string;
export declare function poison(value: any, key?: string): any;
export declare function hostilePlan(base: any): any;
