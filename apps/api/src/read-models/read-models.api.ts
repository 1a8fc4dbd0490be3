/** One OpenAPI tag for every read-model route (they all read the task_custody projection's tables). */
export const READ_MODELS_API_TAG = 'Mô hình đọc: quá trình giữ nhiệm vụ (task_custody)';
