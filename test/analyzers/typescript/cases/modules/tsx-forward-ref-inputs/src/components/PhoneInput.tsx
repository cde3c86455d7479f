import { forwardRef, type Ref } from "react";
import { observer } from "mobx-react";
import mixpanel from "mixpanel-browser";

type PhoneInputProps = { phone: string; country: string };

function PhoneInput({ phone, country }: PhoneInputProps, ref: Ref<HTMLInputElement>) {
  return <input ref={ref} defaultValue={phone} onBlur={() => mixpanel.track("phone_entered", { phone, country })} />;
}

export default observer(forwardRef(PhoneInput));
