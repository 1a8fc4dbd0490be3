import { describe, expect, it } from '@jest/globals';
import { taskCategoryLabel, TASK_CATEGORY_LABELS } from './task-category.labels';

describe('taskCategoryLabel', () => {
  it('names a known category in Vietnamese, capitalised as a cell shows it', () => {
    expect(taskCategoryLabel('construction')).toBe('Xây dựng');
    expect(taskCategoryLabel('land')).toBe('Đất đai');
    expect(TASK_CATEGORY_LABELS['land']).toBe('đất đai');
  });

  it('has no label for an unknown code or none', () => {
    expect(taskCategoryLabel('no_such_field')).toBeNull();
    expect(taskCategoryLabel(null)).toBeNull();
  });
});
