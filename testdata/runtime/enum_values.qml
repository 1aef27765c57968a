import QtQml

QtObject {
    property EnumHolder holder: EnumHolder {}
    property int picked: EnumHolder.Cyan
    Component.onCompleted: {
        console.log(EnumHolder.Red, EnumHolder.Green, EnumHolder.Blue, EnumHolder.Cyan)
        console.log(typeof EnumHolder.Red)
        console.log(holder.color, picked)
        holder.color = EnumHolder.Blue
        console.log(holder.color === EnumHolder.Blue)
        console.log(EnumHolder.Magenta)
        Qt.quit()
    }
}
