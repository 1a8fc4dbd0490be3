import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useUnitOptions } from '../tasks/task-filters.api';
import type { FieldSpec, FormValues } from './action-forms';
import { useUnitStaff } from './recording.api';
import { vietNamWallClockOf } from './recording-time';
import { staffOptionMatches, staffOptionsOf } from './unit-staff';

const DATE_FORMAT = 'DD/MM/YYYY';

/** Enter in a date field confirms the date typed; it must not also send the form (the browser's implicit submission). */
const keepEnterInPicker = (event: KeyboardEvent<HTMLElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};
const TIME_FORMAT = 'DD/MM/YYYY HH:mm';

/** A unit, or several, chosen by name from the organisation today (GET /org/units). */
function UnitSelect({ multiple, ...props }: { id?: string; multiple?: boolean; value?: unknown; onChange?: (value: unknown) => void }) {
  const units = useUnitOptions();
  return (
    <Select
      {...props}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={units.isPending}
      options={units.data ?? []}
      placeholder="Chọn đơn vị"
      notFoundContent="Không có đơn vị nào"
    />
  );
}

/**
 * A person of a unit, chosen by name (GET /org/units/{unitId}/staff, which every signed-in person may read): the unit
 * is another field of the form (`unitField`), or the unit holding the task.
 */
function StaffField({
  id,
  value,
  onChange,
  unitField,
  unitId,
}: {
  id?: string;
  value?: string;
  onChange?: (personId?: string) => void;
  unitField?: string;
  unitId?: string;
}) {
  const form = Form.useFormInstance();
  const chosenUnit = Form.useWatch(unitField ?? '__none__', form) as string | undefined;
  const unit = unitField === undefined ? unitId : chosenUnit;
  const staff = useUnitStaff(unit);
  return (
    <Select
      id={id}
      value={value ?? null}
      onChange={(personId: string | null) => onChange?.(personId ?? undefined)}
      allowClear
      showSearch={{ filterOption: staffOptionMatches }}
      loading={staff.isFetching}
      options={staffOptionsOf(staff.data ?? [])}
      placeholder={unit ? 'Gõ tên cán bộ' : 'Chọn đơn vị trước'}
      notFoundContent={staff.isFetching ? 'Đang tải…' : 'Không có cán bộ nào'}
    />
  );
}

function controlOf(field: FieldSpec, consultations: ReadonlyArray<{ value: string; label: string }>, holderUnitId?: string) {
  switch (field.kind) {
    case 'text':
      return <Input maxLength={1000} />;
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={4000} />;
    case 'unit':
      return <UnitSelect />;
    case 'units':
      return <UnitSelect multiple />;
    case 'person':
      return <StaffField unitField={field.staffOf} unitId={holderUnitId} />;
    case 'select':
      return <Select options={field.options ? [...field.options] : []} showSearch={{ optionFilterProp: 'label' }} placeholder="Chọn" />;
    case 'consultation':
      return <Select options={[...consultations]} placeholder="Chọn đợt xin ý kiến" />;
    case 'date':
      return <DatePicker format={DATE_FORMAT} style={{ width: 200 }} onKeyDown={keepEnterInPicker} />;
    case 'instant':
      return <DatePicker showTime={{ format: 'HH:mm' }} format={TIME_FORMAT} style={{ width: 220 }} onKeyDown={keepEnterInPicker} />;
    case 'number':
      return <InputNumber min={0} max={3650} style={{ width: 200 }} />;
    case 'check':
      return <Checkbox>{field.label}</Checkbox>;
  }
}

/**
 * A required field's rule. Only text is checked for blanks: a rule with more than `required` is checked as a string by
 * antd's validator, which a chosen date (a dayjs object) is not.
 */
function requiredRule(field: FieldSpec): Rule {
  const message = `Hãy nhập: ${field.label.toLocaleLowerCase('vi')}.`;
  return field.kind === 'text' || field.kind === 'textarea' ? { required: true, whitespace: true, message } : { required: true, message };
}

/** One field of a recording form, its label and the "required" rule in Vietnamese. */
export function RecordingField({
  field,
  consultations = [],
  holderUnitId,
}: {
  field: FieldSpec;
  consultations?: ReadonlyArray<{ value: string; label: string }>;
  holderUnitId?: string;
}) {
  const check = field.kind === 'check';
  return (
    <Form.Item
      name={field.name}
      label={check ? undefined : field.label}
      extra={field.help}
      valuePropName={check ? 'checked' : 'value'}
      rules={field.required ? [requiredRule(field)] : []}
    >
      {controlOf(field, consultations, holderUnitId)}
    </Form.Item>
  );
}

/** "Thời điểm xảy ra" (default: now, Viet Nam time) and, for a clerk, the official recorded for. */
export function CommonFields({ clerk, behalfRequired = true }: { clerk: boolean; behalfRequired?: boolean }) {
  return (
    <>
      <Form.Item
        name="occurredAt"
        label="Thời điểm xảy ra"
        extra="Giờ Việt Nam; mặc định là lúc này. Ghi theo ngày, giờ trên văn bản, phiếu chuyển nếu có."
        rules={[{ required: true, message: 'Hãy chọn thời điểm xảy ra.' }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format={TIME_FORMAT} style={{ width: 220 }} onKeyDown={keepEnterInPicker} />
      </Form.Item>
      {clerk ? (
        <>
          <Form.Item
            name="onBehalfOfUnitId"
            label="Đơn vị của người được ghi thay"
            rules={behalfRequired ? [{ required: true, message: 'Hãy chọn đơn vị.' }] : []}
          >
            <UnitSelect />
          </Form.Item>
          <Form.Item
            name="onBehalfOfPersonId"
            label="Ghi thay cho"
            extra={behalfRequired ? 'Cán bộ đã thực hiện việc này; văn thư ghi nhận thay.' : 'Bỏ trống để ghi nhận với tên của chính bạn.'}
            rules={behalfRequired ? [{ required: true, message: 'Hãy chọn cán bộ được ghi thay.' }] : []}
          >
            <StaffField unitField="onBehalfOfUnitId" />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}

/** The form's starting values: the time it happened is now, in Viet Nam. */
export const initialValuesNow = (): Record<string, unknown> => ({ occurredAt: dayjs(vietNamWallClockOf(new Date())) });

/** Antd's values as the mappings take them: dates YYYY-MM-DD, times as Viet Nam wall-clock YYYY-MM-DDTHH:mm. */
export function formValuesOf(raw: Record<string, unknown>, fields: readonly FieldSpec[]): FormValues {
  const kinds = new Map(fields.map((field) => [field.name, field.kind]));
  kinds.set('occurredAt', 'instant');
  const values: FormValues = {};
  for (const [name, value] of Object.entries(raw)) {
    if (dayjs.isDayjs(value)) values[name] = (value as Dayjs).format(kinds.get(name) === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:mm');
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || Array.isArray(value) || value == null)
      values[name] = value as FormValues[string];
  }
  return values;
}
