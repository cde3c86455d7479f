import { forwardRef } from "react";
import mixpanel from "mixpanel-browser";

type EmailFieldProps = { value: string; label: string; onChange: (value: string) => void };

const EmailField = forwardRef<HTMLInputElement, EmailFieldProps>((props, ref) => (
  <label>
    {props.label}
    <input
      ref={ref}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      onBlur={() => mixpanel.track("email_field_blurred", { value: props.value })}
      onFocus={() => mixpanel.track("email_field_focused", { label: props.label })}
    />
  </label>
));

export default EmailField;
